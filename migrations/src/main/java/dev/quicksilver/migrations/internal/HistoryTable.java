package dev.quicksilver.migrations.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.ResultRow;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.migrations.MigrationType;
import dev.quicksilver.migrations.MigrationVersion;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The history table's statements: create when missing, read, write a row, delete failed rows,
 * realign a checksum. Portable SQL with names quoted by the dialect; each operation runs on the
 * database it is given (the runner's dedicated one under the lock, the pooled one for reports).
 */
final class HistoryTable {

    private final @Nullable String schema;
    private final String table;
    private final String qualified;
    private final String columns;
    private final UnaryOperator<String> quote;

    HistoryTable(Dialect dialect, @Nullable String schema, String table) {
        this.schema = schema;
        this.table = table;
        this.qualified = (schema == null ? "" : dialect.quoteIdentifier(schema) + ".") + dialect.quoteIdentifier(table);
        StringBuilder list = new StringBuilder();
        for (String column : new String[] {"installed_rank", "version", "description", "type", "script", "checksum",
                "installed_by", "installed_on", "execution_time_ms", "success"}) {
            list.append(list.length() == 0 ? "" : ", ").append(dialect.quoteIdentifier(column));
        }
        this.columns = list.toString();
        this.quote = dialect::quoteIdentifier;
    }

    /** The table's name as it appears in SQL (quoted, schema-qualified when configured). */
    String qualifiedName() {
        return qualified;
    }

    /** The table's unquoted name. */
    String name() {
        return table;
    }

    /** The configured schema, or {@code null} for the current one. */
    @Nullable String schema() {
        return schema;
    }

    /** Creates the table when it does not exist. */
    Mono<Void> create(Database database) {
        return database.sql("CREATE TABLE IF NOT EXISTS " + qualified + " ("
                + q("installed_rank") + " INTEGER NOT NULL PRIMARY KEY, "
                + q("version") + " VARCHAR(50), "
                + q("description") + " VARCHAR(200) NOT NULL, "
                + q("type") + " VARCHAR(20) NOT NULL, "
                + q("script") + " VARCHAR(1000) NOT NULL, "
                + q("checksum") + " VARCHAR(100), "
                + q("installed_by") + " VARCHAR(100) NOT NULL, "
                + q("installed_on") + " TIMESTAMP WITH TIME ZONE NOT NULL, "
                + q("execution_time_ms") + " BIGINT NOT NULL, "
                + q("success") + " BOOLEAN NOT NULL)").rowsUpdated().then();
    }

    /** Whether the table exists (in the configured schema, else the current one). */
    Mono<Boolean> exists(Database database) {
        String sql = "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = :table AND table_schema = "
                + (schema == null ? "CURRENT_SCHEMA" : ":schema");
        var statement = database.sql(sql).bind("table", table);
        if (schema != null) {
            statement = statement.bind("schema", schema);
        }
        return statement.map(row -> row.get(0, Long.class)).next().map(count -> count != null && count > 0);
    }

    /** Every row, by rank. */
    Flux<HistoryRow> read(Database database) {
        return database.sql("SELECT " + columns + " FROM " + qualified + " ORDER BY " + q("installed_rank"))
                .map(HistoryTable::row);
    }

    /** Every row, by rank; none when the table does not exist yet. */
    Flux<HistoryRow> readIfExists(Database database) {
        return exists(database).flatMapMany(exists -> exists ? read(database) : Flux.empty());
    }

    private static HistoryRow row(ResultRow row) {
        String version = row.get(1, String.class);
        OffsetDateTime installedOn = row.get(7, OffsetDateTime.class);
        return new HistoryRow(Objects.requireNonNull(row.get(0, Integer.class)),
                version == null ? null : MigrationVersion.parse(version),
                Objects.requireNonNull(row.get(2, String.class)),
                MigrationType.valueOf(row.get(3, String.class)),
                Objects.requireNonNull(row.get(4, String.class)),
                row.get(5, String.class),
                Objects.requireNonNull(row.get(6, String.class)),
                Objects.requireNonNull(installedOn).toInstant(),
                Objects.requireNonNull(row.get(8, Long.class)),
                Boolean.TRUE.equals(row.get(9, Boolean.class)));
    }

    /** Writes a row. */
    Mono<Void> insert(Database database, HistoryRow row) {
        var statement = database.sql("INSERT INTO " + qualified + " (" + columns + ") VALUES (:rank, :version,"
                        + " :description, :type, :script, :checksum, :installedBy, :installedOn, :executionTime, :success)")
                .bind("rank", row.installedRank())
                .bind("description", truncate(row.description(), 200))
                .bind("type", row.type().name())
                .bind("script", truncate(row.script(), 1000))
                .bind("installedBy", truncate(row.installedBy(), 100))
                .bind("installedOn", row.installedOn().atOffset(ZoneOffset.UTC))
                .bind("executionTime", row.executionTimeMs())
                .bind("success", row.success());
        statement = row.version() == null ? statement.bindNull("version", String.class)
                : statement.bind("version", row.version().toString());
        statement = row.checksum() == null ? statement.bindNull("checksum", String.class)
                : statement.bind("checksum", row.checksum());
        return statement.rowsUpdated().then();
    }

    /** Deletes the rows of failed migrations; emits how many. */
    Mono<Long> deleteFailed(Database database) {
        return database.sql("DELETE FROM " + qualified + " WHERE " + q("success") + " = :failed")
                .bind("failed", false).rowsUpdated();
    }

    /** Sets a row's checksum and description to the file's. */
    Mono<Void> realign(Database database, int rank, @Nullable String checksum, String description) {
        var statement = database.sql("UPDATE " + qualified + " SET " + q("checksum") + " = :checksum, "
                        + q("description") + " = :description WHERE " + q("installed_rank") + " = :rank")
                .bind("rank", rank).bind("description", truncate(description, 200));
        statement = checksum == null ? statement.bindNull("checksum", String.class) : statement.bind("checksum", checksum);
        return statement.rowsUpdated().then();
    }

    private String q(String identifier) {
        return quote.apply(identifier);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
