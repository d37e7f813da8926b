package dev.quicksilver.mapping.metadata;

import org.jspecify.annotations.Nullable;

/**
 * Reads property values out of entities and builds entities from values, for classes and records
 * alike. Backed by method handles resolved once per type: no reflection per row.
 *
 * <p>Values are Java-level (before converters); positions are a column's
 * {@link ColumnMetadata#propertyIndex()} and a relationship's {@link RelationshipMetadata#propertyIndex()}.
 * Thread-safe.
 *
 * @param <T> the entity type
 */
public interface EntityAccessor<T> {

    /**
     * The value of a column's property.
     *
     * @param entity the entity
     * @param columnIndex the column's position in {@link EntityMetadata#columns()}
     * @return the value, or {@code null}
     */
    @Nullable Object columnValue(T entity, int columnIndex);

    /**
     * The value of a relationship property: a {@code Ref} or {@code RefList}.
     *
     * @param entity the entity
     * @param relationshipIndex the relationship's position in {@link EntityMetadata#relationships()}
     * @return the holder (never {@code null}: a {@code null} property reads as unloaded)
     */
    Object relationshipValue(T entity, int relationshipIndex);

    /**
     * Builds an entity.
     *
     * @param columnValues one value per column, in column order
     * @param relationshipValues one {@code Ref}/{@code RefList} per relationship, in order
     * @return the new entity
     */
    T instantiate(@Nullable Object[] columnValues, Object[] relationshipValues);

    /**
     * An entity with one column's value changed: the same object with the property set (mutable
     * classes), or a copy (records). Used to write generated keys and versions back.
     *
     * @param entity the entity
     * @param columnIndex the column's position
     * @param value the new value
     * @return the entity with the value
     */
    T withColumnValue(T entity, int columnIndex, @Nullable Object value);

    /**
     * An entity with one relationship's value replaced: the same object with the property set (mutable
     * classes), or a copy (records, immutable classes). Used to attach loaded relationships.
     *
     * @param entity the entity
     * @param relationshipIndex the relationship's position in {@link EntityMetadata#relationships()}
     * @param value a {@code Ref} (to-one) or {@code RefList} (to-many)
     * @return the entity with the value
     */
    T withRelationshipValue(T entity, int relationshipIndex, Object value);
}
