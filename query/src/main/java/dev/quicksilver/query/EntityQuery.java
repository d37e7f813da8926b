package dev.quicksilver.query;

import dev.quicksilver.core.dialect.LockMode;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.RelationshipPath;
import dev.quicksilver.mapping.model.SortKey;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A query for entities of one type: an immutable value, each method returning a new query. Nothing
 * runs until a result method ({@link #fetch}, {@link #one}, {@link #first}, {@link #count},
 * {@link #exists}) is subscribed to; each subscription runs it again.
 *
 * <p>Relationships are loaded only when asked for with {@link #load}; reading one that was not
 * loaded raises {@link dev.quicksilver.mapping.UnloadedRelationshipException}. Loading is select-in:
 * one extra statement per relationship level per window of parents ({@link #loadWindow}), so a
 * {@code Flux} of parents streams with backpressure instead of being collected first.
 *
 * @param <E> the entity type
 */
public interface EntityQuery<E> {

    /** This query with a condition added (combined with AND with earlier ones). */
    EntityQuery<E> where(Condition condition);

    /** This query ordered by the keys (replacing an earlier order). */
    EntityQuery<E> orderBy(SortKey... keys);

    /** This query ordered by the keys (replacing an earlier order). */
    EntityQuery<E> orderBy(List<SortKey> keys);

    /** At most {@code rows} rows. */
    EntityQuery<E> limit(long rows);

    /** Skips the first {@code rows} rows (order the query, or the rows skipped are arbitrary). */
    EntityQuery<E> offset(long rows);

    /**
     * Loads a relationship path with the entities: {@code INVOICE.LINES.then(INVOICE_LINE.TRACK)} loads
     * each invoice's lines and each line's track. Paths sharing a prefix load it once.
     *
     * @param path a path starting at this query's entity
     * @return the query
     */
    EntityQuery<E> load(RelationshipPath<E, ?> path);

    /**
     * How many parents one select-in statement covers (default 500): the relationships of each window
     * of parents are loaded and attached before the window is emitted.
     *
     * @param parents the window size, at least 1
     * @return the query
     */
    EntityQuery<E> loadWindow(int parents);

    /**
     * Locks the selected rows ({@code FOR UPDATE}, {@code NOWAIT}, {@code SKIP LOCKED}, {@code FOR SHARE});
     * meaningful inside a transaction. A mode the database lacks fails the query with an
     * {@link dev.quicksilver.core.exception.UnsupportedFeatureException}.
     *
     * @param mode the lock
     * @return the query
     */
    EntityQuery<E> lock(LockMode mode);

    /** The entities, streamed as the database returns them. */
    Flux<E> fetch();

    /** The single entity, empty when none; a {@link NonUniqueResultException} when there are several. */
    Mono<E> one();

    /** The first entity in the query's order, empty when none. */
    Mono<E> first();

    /** How many rows the query selects (ignoring its order, honouring limit and offset). */
    Mono<Long> count();

    /** Whether the query selects any row. */
    Mono<Boolean> exists();

    /** The SQL this query renders to on its database's dialect, for logs and tests. */
    String sql();
}
