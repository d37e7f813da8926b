package dev.quicksilver.migrations.autogenerate;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One table of a {@link Catalog}. Immutable and thread-safe.
 *
 * @param name the table's name
 * @param columns its columns, in position order
 * @param primaryKey its primary key, or {@code null}
 * @param foreignKeys its foreign keys, ordered by name
 * @param uniqueConstraints its unique constraints (not the primary key), ordered by name
 * @param indexes its indexes that back no constraint, ordered by name
 * @param checks its check constraints, ordered by name
 */
public record TableSchema(String name, List<ColumnSchema> columns, @Nullable KeySchema primaryKey,
                          List<ForeignKeySchema> foreignKeys, List<KeySchema> uniqueConstraints,
                          List<IndexSchema> indexes, List<CheckSchema> checks) {

    /** Copies the lists. */
    public TableSchema {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
    }

    /**
     * A table with columns only, for building catalogs by hand (tests, tools).
     *
     * @param name the table's name
     * @param columns its columns
     * @return the table
     */
    public static TableSchema of(String name, List<ColumnSchema> columns) {
        return new TableSchema(name, columns, null, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A column by name: exact first, then ignoring case.
     *
     * @param name the column's name
     * @return the column, or empty
     */
    public Optional<ColumnSchema> column(String name) {
        return Catalog.find(columns, ColumnSchema::name, name);
    }
}
