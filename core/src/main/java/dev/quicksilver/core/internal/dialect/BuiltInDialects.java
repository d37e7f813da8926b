package dev.quicksilver.core.internal.dialect;

import static dev.quicksilver.core.dialect.ColumnType.SqlKind.BIGINT;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.BINARY;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.BOOLEAN;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.CHAR;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.DATE;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.DECIMAL;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.DOUBLE;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.INTEGER;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.JSON;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.REAL;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.SMALLINT;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.TEXT;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.TIME;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.TIMESTAMP;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.TIMESTAMP_WITH_TIME_ZONE;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.UUID;
import static dev.quicksilver.core.dialect.ColumnType.SqlKind.VARCHAR;

import dev.quicksilver.core.dialect.ColumnType.SqlKind;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.dialect.GeneratedKeysStyle;
import dev.quicksilver.core.dialect.InListStyle;
import dev.quicksilver.core.dialect.LockMode;
import dev.quicksilver.core.dialect.TransactionSettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The PostgreSQL and H2 dialects, each a {@link DialectSpec} read by {@link StandardDialect}.
 */
public final class BuiltInDialects {

    /** PostgreSQL 12 and later, through r2dbc-postgresql. */
    public static final Dialect POSTGRES = new StandardDialect(postgresSpec());

    /** H2 2.x, through r2dbc-h2. */
    public static final Dialect H2 = new StandardDialect(h2Spec());

    private BuiltInDialects() {
    }

    private static Map<SqlKind, String> commonTypeNames() {
        Map<SqlKind, String> names = new EnumMap<>(SqlKind.class);
        names.put(BOOLEAN, "boolean");
        names.put(SMALLINT, "smallint");
        names.put(INTEGER, "integer");
        names.put(BIGINT, "bigint");
        names.put(DECIMAL, "numeric");
        names.put(REAL, "real");
        names.put(DOUBLE, "double precision");
        names.put(CHAR, "char");
        names.put(VARCHAR, "varchar");
        names.put(DATE, "date");
        names.put(TIME, "time");
        names.put(TIMESTAMP, "timestamp");
        names.put(TIMESTAMP_WITH_TIME_ZONE, "timestamp with time zone");
        names.put(UUID, "uuid");
        return names;
    }

    private static DialectSpec postgresSpec() {
        Map<SqlKind, String> types = commonTypeNames();
        types.put(TEXT, "text");
        types.put(BINARY, "bytea");
        types.put(JSON, "jsonb");
        Map<String, ErrorKind> states = Map.ofEntries(
                Map.entry("23505", ErrorKind.UNIQUE),
                Map.entry("23503", ErrorKind.FOREIGN_KEY),
                Map.entry("23502", ErrorKind.NOT_NULL),
                Map.entry("23514", ErrorKind.CHECK),
                Map.entry("40001", ErrorKind.SERIALIZATION),
                Map.entry("40P01", ErrorKind.DEADLOCK),
                Map.entry("57014", ErrorKind.TIMEOUT),
                Map.entry("55P03", ErrorKind.LOCK_NOT_AVAILABLE),
                Map.entry("57P01", ErrorKind.CONNECTION),
                Map.entry("57P02", ErrorKind.CONNECTION),
                Map.entry("57P03", ErrorKind.CONNECTION));
        Map<LockMode, String> locks = new EnumMap<>(LockMode.class);
        locks.put(LockMode.FOR_UPDATE, "FOR UPDATE");
        locks.put(LockMode.FOR_UPDATE_NOWAIT, "FOR UPDATE NOWAIT");
        locks.put(LockMode.FOR_UPDATE_SKIP_LOCKED, "FOR UPDATE SKIP LOCKED");
        locks.put(LockMode.FOR_SHARE, "FOR SHARE");
        return new DialectSpec("PostgreSQL", position -> "$" + (position + 1), types, Set.of(BINARY, TEXT, JSON), Map.of(),
                element -> element + "[]", "", true,
                // nextval takes the name as text (a regclass), parsed like SQL: the quotes keep its case.
                sequence -> "nextval('" + sequence.replace("'", "''") + "')",
                InListStyle.ANY_ARRAY, BuiltInDialects::onConflictUpsert, locks, "", true,
                GeneratedKeysStyle.RETURNING_CLAUSE,
                settings -> List.of(),
                BuiltInDialects::postgresAfterBegin,
                settings -> List.of(),
                List.of(),
                // r2dbc-postgresql may still send a statement whose subscriber cancelled before any result.
                true,
                true,
                new ErrorTranslator(states, Map.of("08", ErrorKind.CONNECTION, "42", ErrorKind.BAD_SQL),
                        postgresDetailsReader()));
    }

    private static DialectSpec h2Spec() {
        Map<SqlKind, String> types = commonTypeNames();
        types.put(TEXT, "varchar");
        // H2's TIME defaults to no fractional seconds (TIMESTAMP keeps six, as PostgreSQL's TIME does).
        types.put(TIME, "time(6)");
        types.put(BINARY, "varbinary");
        types.put(JSON, "json");
        Map<String, ErrorKind> states = Map.ofEntries(
                Map.entry("23505", ErrorKind.UNIQUE),
                Map.entry("23503", ErrorKind.FOREIGN_KEY),
                Map.entry("23506", ErrorKind.FOREIGN_KEY),
                Map.entry("23502", ErrorKind.NOT_NULL),
                Map.entry("23513", ErrorKind.CHECK),
                Map.entry("23514", ErrorKind.CHECK),
                // DEADLOCK_1: a write conflict under snapshot isolation, or a lock cycle (H2ErrorKindRefiner).
                Map.entry("40001", ErrorKind.SERIALIZATION),
                Map.entry("90131", ErrorKind.SERIALIZATION),
                Map.entry("57014", ErrorKind.TIMEOUT),
                Map.entry("HYT00", ErrorKind.LOCK_NOT_AVAILABLE),
                Map.entry("90007", ErrorKind.CONNECTION),
                Map.entry("90067", ErrorKind.CONNECTION),
                Map.entry("90098", ErrorKind.CONNECTION),
                Map.entry("90121", ErrorKind.CONNECTION),
                Map.entry("90022", ErrorKind.BAD_SQL));
        Map<LockMode, String> locks = new EnumMap<>(LockMode.class);
        locks.put(LockMode.FOR_UPDATE, "FOR UPDATE");
        locks.put(LockMode.FOR_UPDATE_NOWAIT, "FOR UPDATE NOWAIT");
        locks.put(LockMode.FOR_UPDATE_SKIP_LOCKED, "FOR UPDATE SKIP LOCKED");
        return new DialectSpec("H2", position -> "$" + (position + 1), types, Set.of(TEXT),
                // Unsized NUMERIC on H2 means scale 0 (fractions rounded away); DECFLOAT keeps any value exactly,
                // though not trailing zeros (12.50 reads back as 12.5).
                Map.of(DECIMAL, "decfloat"),
                // H2 has ARRAY columns, but r2dbc-h2 1.1 cannot bind an array holding a NULL element nor read an
                // array as anything but Object[] (and an unsized numeric element drops the fraction).
                null, "Array properties need PostgreSQL: r2dbc-h2 cannot bind arrays with NULL elements nor read"
                        + " typed arrays. On H2, store the values in a JSON or text column with a converter.",
                // H2's ENUM columns reject the CLOB that r2dbc-h2 binds a String as: native enums are text on H2.
                false,
                sequence -> "NEXT VALUE FOR " + sequence,
                // = ANY(?) with one array: one SQL text for any list length, so H2 parses it once (an expanded
                // list of 270 keys was re-parsed and bound value by value for every window of a select-in load).
                InListStyle.ANY_ARRAY, BuiltInDialects::mergeUpsert, locks,
                "H2 has no shared row locks; use FOR_UPDATE.", false, GeneratedKeysStyle.GENERATED_KEYS,
                BuiltInDialects::h2BeforeBegin,
                settings -> List.of(),
                BuiltInDialects::h2AfterTransaction,
                // Without it, H2 computes a query's whole result before the first row is read: a
                // large stream would need the heap for all of it, and a cancel would not stop the work.
                List.of("SET LAZY_QUERY_EXECUTION TRUE"),
                // r2dbc-h2 runs a statement synchronously when subscribed: nothing is sent after a cancel.
                false,
                // H2 2.x has no FULL JOIN (a syntax error); LEFT and RIGHT joins work.
                false,
                new ErrorTranslator(states, Map.of("08", ErrorKind.CONNECTION, "42", ErrorKind.BAD_SQL),
                        new H2ErrorDetailsReader(), new H2ErrorKindRefiner()));
    }

    private static ErrorDetailsReader postgresDetailsReader() {
        try {
            Class.forName("io.r2dbc.postgresql.api.PostgresqlException", false,
                    BuiltInDialects.class.getClassLoader());
            return new PostgresErrorDetailsReader();
        } catch (ClassNotFoundException | LinkageError absent) {
            return (error, kind) -> ErrorTarget.NONE;
        }
    }

    private static List<String> postgresAfterBegin(TransactionSettings settings) {
        List<String> statements = new ArrayList<>(2);
        List<String> modes = new ArrayList<>(2);
        if (settings.isolationLevel() != null) {
            modes.add("ISOLATION LEVEL " + settings.isolationLevel().asSql());
        }
        if (settings.readOnly()) {
            modes.add("READ ONLY");
        }
        if (!modes.isEmpty()) {
            statements.add("SET TRANSACTION " + String.join(", ", modes));
        }
        if (settings.statementTimeout() != null) {
            statements.add("SET LOCAL statement_timeout = " + Math.max(1, settings.statementTimeout().toMillis()));
        }
        return statements;
    }

    /** H2 takes isolation and query timeout per session, so they are set before and reset after. */
    private static List<String> h2BeforeBegin(TransactionSettings settings) {
        List<String> statements = new ArrayList<>(2);
        if (settings.isolationLevel() != null) {
            statements.add("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL "
                    + settings.isolationLevel().asSql());
        }
        if (settings.statementTimeout() != null) {
            statements.add("SET QUERY_TIMEOUT " + Math.max(1, settings.statementTimeout().toMillis()));
        }
        return statements;
    }

    private static List<String> h2AfterTransaction(TransactionSettings settings) {
        List<String> statements = new ArrayList<>(2);
        if (settings.isolationLevel() != null) {
            statements.add("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
        }
        if (settings.statementTimeout() != null) {
            statements.add("SET QUERY_TIMEOUT 0");
        }
        return statements;
    }

    private static String onConflictUpsert(String table, List<String> columns, List<String> keyColumns,
                                           List<String> updateColumns, List<List<String>> rowMarkers) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table)
                .append(" (").append(String.join(", ", columns)).append(") VALUES ")
                .append(rows(rowMarkers)).append(" ON CONFLICT (")
                .append(String.join(", ", keyColumns)).append(')');
        if (updateColumns.isEmpty()) {
            return sql.append(" DO NOTHING").toString();
        }
        return sql.append(" DO UPDATE SET ").append(updateColumns.stream()
                .map(column -> column + " = EXCLUDED." + column).collect(Collectors.joining(", "))).toString();
    }

    private static String mergeUpsert(String table, List<String> columns, List<String> keyColumns,
                                      List<String> updateColumns, List<List<String>> rowMarkers) {
        StringBuilder sql = new StringBuilder("MERGE INTO ").append(table).append(" AS t USING (VALUES ")
                .append(rows(rowMarkers)).append(") AS s (").append(String.join(", ", columns))
                .append(") ON ").append(keyColumns.stream().map(key -> "t." + key + " = s." + key)
                        .collect(Collectors.joining(" AND ")));
        if (!updateColumns.isEmpty()) {
            sql.append(" WHEN MATCHED THEN UPDATE SET ").append(updateColumns.stream()
                    .map(column -> column + " = s." + column).collect(Collectors.joining(", ")));
        }
        return sql.append(" WHEN NOT MATCHED THEN INSERT (").append(String.join(", ", columns)).append(") VALUES (")
                .append(columns.stream().map(column -> "s." + column).collect(Collectors.joining(", ")))
                .append(')').toString();
    }

    /** {@code (a, b), (c, d)}: the rows of a VALUES list. */
    private static String rows(List<List<String>> rowMarkers) {
        return rowMarkers.stream().map(row -> "(" + String.join(", ", row) + ")").collect(Collectors.joining(", "));
    }
}
