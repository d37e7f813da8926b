package dev.quicksilver.mapping.model;

import java.util.List;

/**
 * A chain of relationships from one entity to another: {@code INVOICE.LINES.then(INVOICE_LINE.TRACK)}
 * leads from invoices through their lines to tracks. Used to name what to load with a query.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the entity the path starts at
 * @param <R> the entity the path ends at
 */
public interface RelationshipPath<E, R> {

    /** The relationships, first to last; never empty. */
    List<Relationship<?, ?>> steps();

    /**
     * This path followed by a relationship of the entity it ends at.
     *
     * @param next a relationship of {@code R}
     * @param <X> the entity the longer path ends at
     * @return the longer path
     */
    <X> RelationshipPath<E, X> then(Relationship<R, X> next);
}
