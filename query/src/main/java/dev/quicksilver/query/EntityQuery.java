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
     * Loads a relationship path with the entities, by the strategy given: {@link LoadStrategy#JOIN} joins
     * each to-one step into the main statement (one statement in all), {@link LoadStrategy#SELECT_IN} is
     * {@link #load(RelationshipPath)}. Do not name a path both ways: the select-in load would replace
     * what the join loaded.
     *
     * @param path a path starting at this query's entity
     * @param strategy how to load it
     * @return the query
     */
    EntityQuery<E> load(RelationshipPath<E, ?> path, LoadStrategy strategy);

    /**
     * Keyset (seek) paging: the rows after {@code last} in this query's order. The order is made total
     * by appending the entity's id columns (ascending) unless they are in it, and the rows after
     * {@code last} are selected with {@code (k1 > v1) OR (k1 = v1 AND k2 > v2) …} ({@code <} for a
     * descending key), every value bound. Unlike an offset, the cost does not grow with the page's
     * position, and rows inserted before the page do not shift it. The order's keys must be NOT NULL
     * columns of this entity; otherwise the query fails with an {@link IllegalArgumentException}.
     *
     * <pre>{@code
     * Flux<Track> next = qs.select(TRACK).orderBy(TRACK.NAME.asc()).after(lastShown).limit(50).fetch();
     * }</pre>
     *
     * @param last an entity of this query's result (its order keys and id are read from it)
     * @return the query
     */
    EntityQuery<E> after(E last);

    /**
     * Every row of the query, read a keyset page at a time: one statement per page of {@code size}
     * rows, each read to its end (outside a transaction its pooled connection goes back before the next
     * page's statement), the next page starting after the last row of the previous one (see
     * {@link #after}). A long walk holds no connection and no cursor between pages, and each page costs
     * the same. Rows changed between pages are seen as the next page finds them.
     *
     * @param size rows per page, at least 1
     * @return the pages in order, none empty; fails when the query has a limit or an offset
     */
    Flux<List<E>> pages(int size);

    /**
     * The rows of {@link #pages(int)}, one after another.
     *
     * @param size rows per page (per statement), at least 1
     * @return every row of the query in its (total) order
     */
    Flux<E> fetchInPages(int size);

    /**
     * Offset paging with a total: page {@code number} (from 0) of {@code size} rows, and how many rows
     * the query selects in all. Two statements, one after the other (so it runs inside a transaction
     * too): the page, then a {@code COUNT(*)} — skipped when the page is short, since it is then the
     * last one. Replaces any limit and offset of the query; order the query, or the pages are arbitrary.
     *
     * @param number the page number, from 0
     * @param size rows per page, at least 1
     * @return the page
     */
    Mono<Page<E>> page(long number, int size);

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

    /**
     * This query with a value for one of its named parameters
     * ({@link dev.quicksilver.mapping.model.Expression#param}). The queries made by {@code bind} from one
     * query share its rendered SQL: build a query with parameters once, keep it, and bind per use — the
     * statement is rendered once for every value.
     *
     * <pre>{@code
     * EntityQuery<Track> byId = qs.select(TRACK).where(TRACK.TRACK_ID.eq(Expression.param("id", Integer.class)));
     * Mono<Track> track = byId.bind("id", 42).one();
     * }</pre>
     *
     * @param name the parameter's name
     * @param value its value, converted as the column it is compared with stores it; {@code null} for NULL
     * @return the query with the value
     */
    EntityQuery<E> bind(String name, @org.jspecify.annotations.Nullable Object value);

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
