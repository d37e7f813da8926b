package dev.quicksilver.mapping.model;

import java.util.Optional;

/**
 * An entity as it appears in a statement: its type and, for self-joins and subqueries, an alias.
 * Hands out typed references to its columns and relationships.
 *
 * <p>The compile-time metamodel generates one class per entity ({@code Track_} for {@code Track})
 * that implements this interface and holds a typed constant per property ({@code Track_.TRACK.NAME}).
 * Without the processor, {@link #of(Class)} gives the same references by property name; an unknown
 * property or a wrong type is reported with a {@link dev.quicksilver.mapping.MappingException} naming
 * the entity and the property when the reference is resolved against the entity's metadata.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the entity type
 */
public interface EntityModel<E> {

    /**
     * The model of an entity type, without an alias.
     *
     * @param type the entity class or record
     * @param <E> the entity type
     * @return its model
     */
    static <E> EntityModel<E> of(Class<E> type) {
        return new DefaultEntityModel<>(type, null);
    }

    /** The entity class or record. */
    Class<E> type();

    /** The alias, when the entity appears under one. */
    Optional<String> alias();

    /**
     * The same entity under an alias (a second occurrence of a table in one statement).
     *
     * @param alias an SQL identifier: letters, digits and underscores, starting with a letter
     * @return a model whose references all carry the alias
     */
    EntityModel<E> as(String alias);

    /**
     * A typed reference to a column's property.
     *
     * @param propertyPath the property, dotted through embedded values ({@code address.city})
     * @param javaType the property's type (the wrapper for a primitive)
     * @param <T> the property's type
     * @return the reference; checked against the metadata when resolved
     */
    <T> Column<E, T> column(String propertyPath, Class<T> javaType);

    /**
     * A reference to a column's property whose type is a parameterised type ({@code List<String>}):
     * the raw class is checked at resolution, the type argument is the caller's word.
     *
     * @param propertyPath the property, dotted through embedded values
     * @param rawType the property's class
     * @param <T> the property's (parameterised) type
     * @return the reference
     */
    <T> Column<E, T> genericColumn(String propertyPath, Class<? super T> rawType);

    /**
     * An untyped reference, for properties named at run time; comparisons accept any value and are
     * checked when the statement is built.
     *
     * @param propertyPath the property, dotted through embedded values
     * @return the reference
     */
    Column<E, Object> column(String propertyPath);

    /**
     * A reference to a to-one relationship ({@code @ManyToOne}, {@code @OneToOne}).
     *
     * @param property the relationship property
     * @param target the related entity type
     * @param <R> the related entity type
     * @return the reference
     */
    <R> Relationship<E, R> toOne(String property, Class<R> target);

    /**
     * A reference to a to-many relationship ({@code @OneToMany}, {@code @ManyToMany}).
     *
     * @param property the relationship property
     * @param target the related entity type
     * @param <R> the related entity type
     * @return the reference
     */
    <R> Relationship<E, R> toMany(String property, Class<R> target);
}
