package dev.quicksilver.mapping.model;

import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;

/**
 * A typed reference to an entity's column property: {@code Track_.TRACK.NAME} is a
 * {@code Column<Track, String>}. Refers by property path, so it holds under any naming strategy; the
 * column name comes from the metadata when the reference is {@link #resolve resolved}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the entity type
 * @param <T> the property's type (the wrapper for a primitive)
 */
public interface Column<E, T> extends Expression<T> {

    /** The entity (with its alias, if any) the column belongs to. */
    EntityModel<E> entity();

    /** The property, dotted through embedded values ({@code address.city}). */
    String propertyPath();

    /** The property's class as the reference states it (the wrapper for a primitive). */
    Class<?> javaType();

    /**
     * The column this reference names in an entity's metadata.
     *
     * @param metadata the metadata of {@link EntityModel#type()}
     * @return the column
     * @throws dev.quicksilver.mapping.MappingException when the entity has no such column property,
     *     or its type differs from {@link #javaType()}; the message names the entity, the property
     *     and the properties it does have
     */
    ColumnMetadata resolve(EntityMetadata<?> metadata);
}
