package dev.quicksilver.query;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.model.RelationshipPath;
import dev.quicksilver.query.internal.QueryEngines;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The entry point for typed queries over a {@link Database}: statements are built from the
 * metamodel ({@code Track_.TRACK}) as immutable values, rendered per dialect with every value bound,
 * and run on the database's connections (the Reactor Context's transaction, else the pool).
 *
 * <pre>{@code
 * Quicksilver qs = Quicksilver.of(database);
 * Flux<Invoice> big = qs.select(INVOICE)
 *     .where(INVOICE.TOTAL.gt(new BigDecimal("10")))
 *     .orderBy(INVOICE.INVOICE_DATE.desc())
 *     .load(INVOICE.LINES.then(INVOICE_LINE.TRACK))
 *     .limit(50)
 *     .fetch();
 *
 * Flux<Tuple> revenue = qs.select(CUSTOMER.ADDRESS_COUNTRY, sum(INVOICE.TOTAL))
 *     .from(INVOICE).join(INVOICE.CUSTOMER)
 *     .groupBy(CUSTOMER.ADDRESS_COUNTRY)
 *     .fetch();
 * }</pre>
 *
 * <p>Thread-safe; create one per {@code Database} and share it.
 */
public interface Quicksilver {

    /**
     * Queries over a database, with the standard mapping (snake_case names, no extra converters).
     *
     * @param database the database
     * @return the entry point
     */
    static Quicksilver of(Database database) {
        return of(database, MappingContext.standard());
    }

    /**
     * Queries over a database with a mapping context of your own.
     *
     * @param database the database
     * @param mapping the mapping context
     * @return the entry point
     */
    static Quicksilver of(Database database, MappingContext mapping) {
        return QueryEngines.create(database, mapping);
    }

    /** The database statements run on. */
    Database database();

    /** The mapping context entities are read with. */
    MappingContext mapping();

    /**
     * A query for entities of one type.
     *
     * @param entity the entity, from the generated metamodel ({@code Track_.TRACK}) or {@link EntityModel#of}
     * @param <E> the entity type
     * @return the query, selecting every row until narrowed
     */
    <E> EntityQuery<E> select(EntityModel<E> entity);

    /**
     * An update by criteria of an entity's table.
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the statement, to be given {@code set} and {@code where}
     */
    <E> UpdateStatement<E> update(EntityModel<E> entity);

    /**
     * A delete by criteria from an entity's table.
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the statement, to be given {@code where}
     */
    <E> DeleteStatement<E> delete(EntityModel<E> entity);

    /**
     * An insert (or upsert) of one row into an entity's table.
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the statement, to be given values
     */
    <E> InsertStatement<E> insertInto(EntityModel<E> entity);

    /**
     * Inserts an entity. Validation ({@code metadata.validator()}) runs first: a violation is an
     * {@link dev.quicksilver.mapping.EntityValidationException} in the stream and nothing is sent. A client
     * UUID key is generated before the insert, a {@code @Version} starts at 0 when unset, {@code @CreatedAt}
     * and {@code @UpdatedAt} are set to now; identity and sequence keys and unset columns with a default are
     * read back from the database ({@code RETURNING} / generated keys).
     *
     * <pre>{@code
     * Mono<Movement> saved = qs.insert(new Movement(null, "A-1", -1));   // saved.id() is the identity value
     * }</pre>
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the entity with generated values: the same object (mutable classes) or a copy (records)
     */
    <E> Mono<E> insert(E entity);

    /**
     * Updates every column of an entity by its id (a session updates only the changed ones). For a
     * versioned entity the statement checks the version and increments it; no row → an
     * {@link OptimisticLockException}. {@code @UpdatedAt} is set to now. Validation runs first.
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the entity with its new version and timestamp (same object, or a copy for records)
     */
    <E> Mono<E> update(E entity);

    /**
     * Deletes an entity by its id (and version, which must still match: else an
     * {@link OptimisticLockException}, as when the row is gone).
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the entity deleted
     */
    <E> Mono<E> delete(E entity);

    /**
     * Runs work in a {@link Session} (a unit of work: identity map, dirty tracking, ordered flush) inside a
     * transaction of the database (a savepoint when one is open). The work's elements are collected; then
     * the session is flushed, the transaction commits, and the elements are emitted — entities as flushed
     * (a record with its generated key). Any error rolls everything back.
     *
     * <pre>{@code
     * qs.inSession(session -> session.find(STOCK, "A-1")
     *         .map(stock -> session.add(stock.withQty(stock.qty() - 1))))
     *     .retryWhen(OptimisticRetry.staleWrites(10));
     * }</pre>
     *
     * @param work builds the publisher to run with the session
     * @param <T> the element type
     * @return the work's elements, after the flush and the commit
     */
    <T> Flux<T> inSession(java.util.function.Function<? super Session, ? extends org.reactivestreams.Publisher<T>> work);

    /**
     * A bulk writer of entities into their table: chunked, one round trip per chunk (COPY on PostgreSQL),
     * with bounded demand on the input. See {@link BulkInsert}.
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the writer, with 1,000 rows per chunk, 2 chunks in flight, all-or-nothing
     */
    default <E> BulkInsert<E> bulkInsert(EntityModel<E> entity) {
        return dev.quicksilver.query.internal.BulkWriters.insert(this, entity);
    }

    /**
     * A bulk updater of entities by their ids: chunked, one {@code MERGE} per chunk, with bounded demand on
     * the input. See {@link BulkUpdate}.
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the updater, with 1,000 rows per chunk, 2 chunks in flight, all-or-nothing
     */
    default <E> BulkUpdate<E> bulkUpdate(EntityModel<E> entity) {
        return dev.quicksilver.query.internal.BulkWriters.update(this, entity);
    }

    /**
     * A bulk deleter of rows by their ids: chunked, one {@code DELETE … IN (…)} per chunk, with bounded demand
     * on the input. See {@link BulkDelete}.
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the deleter, with 1,000 ids per chunk, 2 chunks in flight, all-or-nothing
     */
    default <E> BulkDelete<E> bulkDelete(EntityModel<E> entity) {
        return dev.quicksilver.query.internal.BulkWriters.delete(this, entity);
    }

    /**
     * Loads a relationship path into an entity already in hand: the reactive form of lazy loading, and
     * explicit, since nothing is loaded behind your back. Select-in, as {@link EntityQuery#load}: one
     * statement per level. A record or immutable class is copied with the relationship set; a mutable
     * entity is set in place and emitted.
     *
     * <pre>{@code
     * Mono<Track> withAlbum = qs.load(track, TRACK.ALBUM.then(ALBUM.ARTIST));
     * }</pre>
     *
     * @param entity the entity
     * @param path a path starting at the entity's type
     * @param <E> the entity type
     * @return the entity with the path loaded
     */
    <E> Mono<E> load(E entity, RelationshipPath<E, ?> path);

    /**
     * Loads a relationship path into entities already in hand, in their order: one statement per level
     * per window of 500 entities, however many entities there are.
     *
     * @param entities the entities, of the path's first entity type
     * @param path a path starting at the entities' type
     * @param <E> the entity type
     * @return the entities with the path loaded, in the given order
     */
    <E> Flux<E> loadAll(List<E> entities, RelationshipPath<E, ?> path);

    /**
     * Raw SQL read as entities or records, for what the builder cannot express. Columns are matched
     * by name (ignoring case), once per result shape, then read by index: for an entity
     * ({@code @Table}), every column of the entity must be in the result (relationships are unloaded,
     * as with {@link #select}); for a record, each component is read from the column its name maps
     * to under the mapping's naming strategy ({@code unitPrice} → {@code unit_price}). A missing column
     * fails the stream with a {@link ResultMappingException} naming it. Parameters are named
     * ({@code :name}) and must all be bound; the text is sent as written.
     *
     * <pre>{@code
     * Flux<Track> longest = qs.sql("SELECT * FROM track WHERE milliseconds > :ms", Track.class)
     *     .bind("ms", 600_000).fetch();
     * }</pre>
     *
     * @param sql the statement, with {@code :name} parameters
     * @param type an entity type or a record type
     * @param <T> the row type
     * @return the statement, run when a result is subscribed
     */
    <T> RawQuery<T> sql(String sql, Class<T> type);

    /**
     * A query of one column or expression, each row read as its value:
     * {@code qs.select(sum(INVOICE.TOTAL)).from(INVOICE)} is a {@code SelectQuery<BigDecimal>}. As a
     * subquery it is a scalar ({@link Functions#scalar}) or an IN list ({@link Expression#in(dev.quicksilver.mapping.model.Subquery)}).
     *
     * @param expression the column or expression
     * @param <T> its type
     * @return the query; add {@code from(…)}
     */
    <T> SelectQuery<T> select(Expression<T> expression);

    /**
     * A query of columns and expressions, each row read as a {@link Tuple} (or a record with
     * {@link SelectQuery#into}): {@code qs.select(CUSTOMER.ADDRESS_COUNTRY, sum(INVOICE.TOTAL)).from(INVOICE)…}.
     *
     * @param expressions the columns and expressions, in order
     * @return the query; add {@code from(…)}
     */
    SelectQuery<Tuple> select(Expression<?>... expressions);
}
