package dev.quicksilver.query.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.mapping.annotation.GenerationStrategy;
import dev.quicksilver.mapping.metadata.ColumnCodec;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.EntityValidator;
import dev.quicksilver.mapping.metadata.TableName;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk insert of one entity type writes, resolved once per write: the columns (all but those the
 * database generates), their codecs, the COPY statement (when the database takes COPY and every column's
 * stored type has a text form) and the multi-row INSERT text per row count.
 */
final class BulkPlan<E> {

    /** PostgreSQL's protocol carries at most this many parameters per statement (an unsigned 16-bit count, halved). */
    static final int MAX_PARAMETERS = 32_767;

    /** An entity ready to write: client-generated keys set, and its values in their stored types. */
    record PreparedRow<E>(E entity, @Nullable Object[] values) {
    }

    private final EntityMetadata<E> metadata;
    private final Dialect dialect;
    private final List<ColumnMetadata> columns;
    private final ColumnCodec[] codecs;
    private final boolean[] clientGenerated;
    private final List<ColumnMetadata> generated;
    private final String table;
    private final String columnList;
    private final List<String> columnNames;
    private final String[] valueMarkers;
    private final @Nullable String copySql;
    private final int rowsPerStatement;
    private final List<String> conflictKeys;  // quoted
    private final List<String> conflictUpdates;

    private BulkPlan(EntityMetadata<E> metadata, Database database, List<String> keyProperties, boolean doNothing) {
        this.metadata = metadata;
        this.dialect = database.dialect();
        List<ColumnMetadata> written = new ArrayList<>();
        List<ColumnMetadata> byDatabase = new ArrayList<>();
        for (ColumnMetadata column : metadata.columns()) {
            if (column.generated() != null && column.generated().strategy() != GenerationStrategy.UUID) {
                byDatabase.add(column);
            } else {
                written.add(column);
            }
        }
        if (written.isEmpty()) {
            throw new IllegalStateException(metadata.type().getSimpleName() + " has no column to write besides the"
                    + " ones the database generates; a bulk insert needs at least one.");
        }
        this.columns = List.copyOf(written);
        this.generated = List.copyOf(byDatabase);
        this.codecs = new ColumnCodec[columns.size()];
        this.clientGenerated = new boolean[columns.size()];
        List<String> names = new ArrayList<>();
        boolean textual = true;
        for (int i = 0; i < columns.size(); i++) {
            ColumnMetadata column = columns.get(i);
            codecs[i] = ColumnCodec.of(column);
            clientGenerated[i] = column.generated() != null;
            names.add(dialect.quoteIdentifier(column.name()));
            textual &= CopyText.encodable(column.storedType());
        }
        this.table = metadata.table().render(dialect);
        this.columnList = String.join(", ", names);
        this.columnNames = List.copyOf(names);
        this.valueMarkers = new String[columns.size()];
        this.conflictKeys = new ArrayList<>();
        for (String property : keyProperties) {
            ColumnMetadata key = metadata.columnOfProperty(property).orElseThrow(() -> new IllegalArgumentException(
                    metadata.type().getSimpleName() + " has no column property '" + property + "' to key the upsert"));
            if (!columns.contains(key)) {
                throw new IllegalArgumentException("The upsert into " + metadata.table().name() + " is keyed by "
                        + key.name() + ", a column the database generates; key it by columns the rows carry.");
            }
            conflictKeys.add(dialect.quoteIdentifier(key.name()));
        }
        this.conflictUpdates = doNothing ? List.of()
                : names.stream().filter(name -> !conflictKeys.contains(name)).toList();
        this.copySql = textual && database.supportsCopyIn() && conflictKeys.isEmpty()
                ? "COPY " + table + " (" + columnList + ") FROM STDIN" : null;
        this.rowsPerStatement = Math.max(1, MAX_PARAMETERS / columns.size());
        for (int i = 0; i < columns.size(); i++) {
            String type = columns.get(i).nativeEnumType();
            valueMarkers[i] = type != null && dialect.supportsEnumTypes()
                    ? "CAST(%s AS " + new TableName(null, type).render(dialect) + ")" : "%s";
        }
    }

    static <E> BulkPlan<E> of(EntityMetadata<E> metadata, Database database) {
        return new BulkPlan<>(metadata, database, List.of(), false);
    }

    /**
     * A plan whose statements are upserts keyed by these properties' columns (none: plain inserts); on a
     * conflict every other written column is overwritten, or nothing when {@code doNothing}.
     */
    static <E> BulkPlan<E> of(EntityMetadata<E> metadata, Database database, List<String> keyProperties,
                              boolean doNothing) {
        return new BulkPlan<>(metadata, database, keyProperties, doNothing);
    }

    /** Whether the statements are upserts. */
    boolean upsert() {
        return !conflictKeys.isEmpty();
    }

    EntityMetadata<E> metadata() {
        return metadata;
    }

    String tableName() {
        return metadata.table().name();
    }

    EntityValidator<E> validator() {
        return metadata.validator();
    }

    List<ColumnMetadata> columns() {
        return columns;
    }

    /** The columns the database generates (identity and sequence keys): what comes back. */
    List<ColumnMetadata> generated() {
        return generated;
    }

    /** The COPY statement, or {@code null} when chunks must be multi-row INSERTs. */
    @Nullable String copySql() {
        return copySql;
    }

    /** Rows per INSERT statement, so that no statement exceeds the parameter limit. */
    int rowsPerStatement() {
        return rowsPerStatement;
    }

    /** Sets client-generated keys left {@code null} and converts every value to its stored type. */
    PreparedRow<E> prepare(E entity) {
        EntityAccessor<E> accessor = metadata.accessor();
        E current = entity;
        @Nullable Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            ColumnMetadata column = columns.get(i);
            Object value = accessor.columnValue(current, column.propertyIndex());
            if (value == null && clientGenerated[i] && column.generated() != null) {
                value = column.generated().clientGeneratedValue();
                current = accessor.withColumnValue(current, column.propertyIndex(), value);
            }
            values[i] = value == null ? null : codecs[i].toStored(value);
        }
        return new PreparedRow<>(current, values);
    }

    /** {@code INSERT INTO t (…) VALUES (…), (…)} for a number of rows, with the dialect's bind markers. */
    String insertSql(int rows) {
        if (upsert()) {
            List<List<String>> rowMarkers = new ArrayList<>(rows);
            int position = 0;
            for (int row = 0; row < rows; row++) {
                List<String> markers = new ArrayList<>(valueMarkers.length);
                for (String marker : valueMarkers) {
                    markers.add(marker.replace("%s", dialect.bindMarker(position++)));
                }
                rowMarkers.add(markers);
            }
            return dialect.upsertRows(table, columnNames, conflictKeys, conflictUpdates,
                    rowMarkers);
        }
        StringBuilder sql = new StringBuilder(32 + rows * columns.size() * 6);
        sql.append("INSERT INTO ").append(table).append(" (").append(columnList).append(") VALUES ");
        int position = 0;
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int i = 0; i < valueMarkers.length; i++) {
                sql.append(i == 0 ? "" : ", ").append(valueMarkers[i].replace("%s", dialect.bindMarker(position++)));
            }
            sql.append(')');
        }
        return sql.toString();
    }

    /** The names of the generated columns, for {@code returnGeneratedValues}. */
    String[] generatedNames() {
        return generated.stream().map(ColumnMetadata::name).toArray(String[]::new);
    }
}
