package dev.quicksilver.query.internal;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.mapping.metadata.ColumnCodec;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.TableName;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk update or delete by ids writes, resolved once per write: the id columns, the columns set, the
 * version column, their codecs, and the statement text per row count ({@code MERGE … USING (VALUES …)} for
 * updates, {@code DELETE … IN (…)} for deletes), with the dialect's markers.
 */
final class KeyedBulkPlan<E> {

    private final EntityMetadata<E> metadata;
    private final Dialect dialect;
    private final String table;
    private final List<ColumnMetadata> keys;
    /** For updates: the keys, then the columns set, then the version (if any): the VALUES row. */
    private final List<ColumnMetadata> row;
    private final ColumnCodec[] codecs;
    private final @Nullable ColumnMetadata version;

    KeyedBulkPlan(EntityMetadata<E> metadata, Dialect dialect) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.table = metadata.table().render(dialect);
        this.keys = metadata.idColumns();
        if (keys.isEmpty()) {
            throw new IllegalStateException(metadata.type().getSimpleName() + " has no @Id: a bulk update or delete"
                    + " finds rows by their ids.");
        }
        this.version = metadata.versionColumn().orElse(null);
        List<ColumnMetadata> columns = new ArrayList<>(keys);
        for (ColumnMetadata column : metadata.columns()) {
            if (!keys.contains(column) && !column.equals(version)) {
                columns.add(column);
            }
        }
        if (version != null) {
            columns.add(version);
        }
        this.row = List.copyOf(columns);
        this.codecs = row.stream().map(ColumnCodec::of).toArray(ColumnCodec[]::new);
    }

    EntityMetadata<E> metadata() {
        return metadata;
    }

    String tableName() {
        return metadata.table().name();
    }

    /** Values per row of an update (keys, columns set, version). */
    int updateWidth() {
        return row.size();
    }

    int keyWidth() {
        return keys.size();
    }

    /** The stored types of the update row's values, for binding nulls. */
    Class<?> updateStoredType(int index) {
        return row.get(index).storedType();
    }

    Class<?> keyStoredType(int index) {
        return keys.get(index).storedType();
    }

    /** The id values of an entity, stored types. */
    @Nullable Object[] keyValues(E entity) {
        EntityAccessor<E> accessor = metadata.accessor();
        @Nullable Object[] values = new Object[keys.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = accessor.columnValue(entity, keys.get(i).propertyIndex());
            values[i] = value == null ? null : codecs[i].toStored(value);
        }
        return values;
    }

    /** A single-column id given as the id property's value, stored type. */
    @Nullable Object[] keyValue(Object key) {
        if (keys.size() != 1) {
            throw new IllegalArgumentException(metadata.type().getSimpleName() + " has a composite id of "
                    + keys.size() + " columns: delete by entities instead of by keys.");
        }
        return new Object[] {codecs[0].toStored(key)};
    }

    /** An update's VALUES row: keys, columns set, version, stored types. */
    @Nullable Object[] updateValues(E entity) {
        EntityAccessor<E> accessor = metadata.accessor();
        @Nullable Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = accessor.columnValue(entity, row.get(i).propertyIndex());
            values[i] = value == null ? null : codecs[i].toStored(value);
        }
        return values;
    }

    /** Rows per statement so that no statement exceeds the parameter limit. */
    int rowsPerStatement(int width) {
        return Math.max(1, BulkPlan.MAX_PARAMETERS / width);
    }

    /** {@code DELETE FROM t WHERE k IN (…)} or {@code (a, b) IN ((…), …)} for this many ids. */
    String deleteSql(int rows) {
        StringBuilder sql = new StringBuilder(32 + rows * 6).append("DELETE FROM ").append(table).append(" WHERE ");
        boolean composite = keys.size() > 1;
        sql.append(composite ? "(" : "").append(String.join(", ", keys.stream()
                .map(key -> dialect.quoteIdentifier(key.name())).toList())).append(composite ? ")" : "")
                .append(" IN (");
        int position = 0;
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(composite ? "(" : "");
            for (int k = 0; k < keys.size(); k++) {
                sql.append(k == 0 ? "" : ", ").append(dialect.bindMarker(position++));
            }
            sql.append(composite ? ")" : "");
        }
        return sql.append(')').toString();
    }

    /**
     * {@code MERGE INTO t AS target USING (VALUES (…), …) AS src (…) ON target.k = src.k [AND target.version =
     * src.version] WHEN MATCHED THEN UPDATE SET c = src.c, …[, version = src.version + 1]}.
     */
    String updateSql(int rows) {
        List<String> names = row.stream().map(column -> dialect.quoteIdentifier(column.name())).toList();
        StringBuilder sql = new StringBuilder(64 + rows * row.size() * 6).append("MERGE INTO ").append(table)
                .append(" AS qs_target USING (VALUES ");
        int position = 0;
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "(" : ", (");
            for (int c = 0; c < row.size(); c++) {
                String marker = dialect.bindMarker(position++);
                String type = row.get(c).nativeEnumType();
                sql.append(c == 0 ? "" : ", ").append(type != null && dialect.supportsEnumTypes()
                        ? "CAST(" + marker + " AS " + new TableName(null, type).render(dialect) + ")" : marker);
            }
            sql.append(')');
        }
        sql.append(") AS qs_source (").append(String.join(", ", names)).append(") ON ");
        for (int k = 0; k < keys.size(); k++) {
            sql.append(k == 0 ? "" : " AND ").append("qs_target.").append(names.get(k)).append(" = qs_source.")
                    .append(names.get(k));
        }
        String versionName = version == null ? null : names.get(names.size() - 1);
        if (versionName != null) {
            sql.append(" AND qs_target.").append(versionName).append(" = qs_source.").append(versionName);
        }
        sql.append(" WHEN MATCHED THEN UPDATE SET ");
        List<String> sets = new ArrayList<>();
        for (int c = keys.size(); c < names.size() - (versionName == null ? 0 : 1); c++) {
            sets.add(names.get(c) + " = qs_source." + names.get(c));
        }
        if (versionName != null) {
            sets.add(versionName + " = qs_source." + versionName + " + 1");
        }
        if (sets.isEmpty()) {
            throw new IllegalStateException(metadata.type().getSimpleName() + " has no column besides its id:"
                    + " nothing to update.");
        }
        return sql.append(String.join(", ", sets)).toString();
    }
}
