package dev.quicksilver.mapping.model;

import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;

/**
 * A typed reference to an entity's relationship property: {@code Invoice_.INVOICE.LINES} is a
 * {@code Relationship<Invoice, InvoiceLine>}; as a {@link RelationshipPath} of one step it can be
 * extended with {@link #then}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the entity declaring the relationship
 * @param <R> the related entity
 */
public interface Relationship<E, R> extends RelationshipPath<E, R> {

    /** The entity (with its alias, if any) declaring the relationship. */
    EntityModel<E> entity();

    /** The relationship property. */
    String property();

    /** The related entity type. */
    Class<R> target();

    /** Whether the relationship leads to at most one entity ({@code @ManyToOne}, {@code @OneToOne}). */
    boolean toOne();

    /**
     * The relationship this reference names in an entity's metadata.
     *
     * @param metadata the metadata of {@link EntityModel#type()}
     * @return the relationship
     * @throws dev.quicksilver.mapping.MappingException when the entity has no such relationship, or it
     *     leads elsewhere or has another cardinality; the message names the entity and the property
     */
    RelationshipMetadata resolve(EntityMetadata<?> metadata);
}
