package dev.quicksilver.mapping.metadata;

import java.util.List;
import java.util.Optional;

/**
 * Everything Quicksilver knows about one entity type: its table, columns (embedded values flattened,
 * in declaration order), primary key, version, relationships, constraints and indexes, and the
 * accessor that reads and builds instances. Built once per type by a
 * {@link dev.quicksilver.mapping.MappingContext} and cached.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the entity type
 */
public interface EntityMetadata<T> {

    /** The entity class or record. */
    Class<T> type();

    /** The table. */
    TableName table();

    /** Every column, in declaration order; a column's {@code propertyIndex} is its position here. */
    List<ColumnMetadata> columns();

    /** The primary-key columns, in key order. */
    List<ColumnMetadata> idColumns();

    /** The optimistic-locking version column, if declared. */
    Optional<ColumnMetadata> versionColumn();

    /** The relationship properties, in declaration order. */
    List<RelationshipMetadata> relationships();

    /** The foreign keys of this table (from owning to-one relationships). */
    List<ForeignKeyMetadata> foreignKeys();

    /** The indexes: declared ones and those on foreign-key columns. */
    List<IndexMetadata> indexes();

    /** The unique constraints: declared ones and single-column {@code unique = true} ones. */
    List<UniqueConstraintMetadata> uniqueConstraints();

    /** The CHECK constraints. */
    List<CheckMetadata> checks();

    /** Reads and builds instances. */
    EntityAccessor<T> accessor();

    /** Validates instances before they are written. */
    EntityValidator<T> validator();

    /**
     * The column of a property path ({@code unitPrice}, {@code address.city}).
     *
     * @param propertyPath the property, dotted through embedded values
     * @return the column, if the path names one
     */
    Optional<ColumnMetadata> columnOfProperty(String propertyPath);

    /**
     * A column by name, matched without regard to case.
     *
     * @param columnName the column name
     * @return the column, if the table has it
     */
    Optional<ColumnMetadata> column(String columnName);

    /**
     * A relationship by property name.
     *
     * @param property the relationship property
     * @return the relationship, if declared
     */
    Optional<RelationshipMetadata> relationship(String property);
}
