package dev.quicksilver.query;

import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.internal.QueryEngines;
import reactor.core.publisher.Mono;

/**
 * A unit of work (SQLAlchemy's session) bound to one transaction and carried in the Reactor Context, not a
 * thread: opened by {@link Quicksilver#inSession}, which flushes it and commits at the end, or rolls
 * everything back on an error.
 *
 * <ul>
 *   <li>Identity map: entities loaded through {@link #find} and {@link #select} are registered by type and
 *   id; the same row loaded twice is the same object, and {@code find} of a registered row runs no SQL.</li>
 *   <li>Dirty tracking: each loaded entity's column values are kept as a snapshot; {@link #flush} updates
 *   only the columns that changed (a mutable entity changed in place, or a record's modified copy handed to
 *   {@link #add}), plus its version and {@code @UpdatedAt}. Unchanged entities are not written.</li>
 *   <li>{@link #add} a new entity and {@link #flush} inserts it (generated keys read back), parents before
 *   children by foreign-key dependencies; {@link #remove} deletes, children before parents. Every update and
 *   delete of a versioned entity checks its version ({@link OptimisticLockException}).</li>
 *   <li>Statements of one shape (same entity, same columns) are rendered once per session.</li>
 * </ul>
 *
 * <pre>{@code
 * Mono<Warehouse> saved = qs.inSession(session -> session.find(WAREHOUSE, 7L)
 *         .map(warehouse -> {
 *             warehouse.setCity("Lyon");                // UPDATE "warehouse" SET "city" = … at the flush
 *             session.add(new Shelf(null, "A1", Ref.of(warehouse)));   // INSERT after its parent
 *             return warehouse;
 *         }))
 *     .single();
 * }</pre>
 *
 * <p>Concurrency: a session does one thing at a time. Its operations ({@code find}, queries from
 * {@code select}, {@code flush}) must be chained (flatMap, then, concatMap), not run side by side (zip,
 * merge, parallel flatMap): a call while another is in flight fails with an {@link IllegalStateException}
 * in its stream (and {@code add}/{@code remove} throw it). Its entities are not safe to change from several
 * threads at once. A session cannot be used after its {@code inSession} ended, nor after a failed flush.
 * Entities loaded alongside (by {@link EntityQuery#load}) are not registered. For contended rows, see
 * {@link OptimisticRetry} and pessimistic locking with {@link EntityQuery#lock}
 * ({@code FOR UPDATE}, {@code SKIP LOCKED} for job queues).
 */
public interface Session {

    /**
     * The session of the Reactor Context, for code running inside {@link Quicksilver#inSession}.
     *
     * @return the session, or empty outside one
     */
    static Mono<Session> current() {
        return QueryEngines.currentSession();
    }

    /**
     * The entity with this id: the registered object when the session has it (no SQL), else loaded and
     * registered.
     *
     * @param entity the entity, from the metamodel
     * @param id the id's value; for a composite key a {@code List} of values in key order
     * @param <E> the entity type
     * @return the entity, or empty when no row has the id
     */
    <E> Mono<E> find(EntityModel<E> entity, Object id);

    /**
     * A query whose entities are registered in this session: rows already registered come back as the
     * registered objects. Its results are read to the end before they are emitted (a session holds its
     * entities anyway).
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the query
     */
    <E> EntityQuery<E> select(EntityModel<E> entity);

    /**
     * Makes an entity part of the session: a new one is inserted at the flush; a modified copy of a
     * registered one (same type and id; records are copied to change) replaces it and is compared with the
     * snapshot; a registered or removed one stays (or becomes again) registered. Validation happens at the
     * flush, before any SQL. Along relationships declaring {@code Cascade.ADD}, the related entities loaded in
     * it are added too (unloaded ones are not).
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the entity
     * @throws IllegalStateException while another operation of the session is in flight, or after it ended
     */
    <E> E add(E entity);

    /**
     * Deletes the entity at the flush (a new one is simply forgotten). An entity the session does not know
     * is deleted by its id (and version). Along relationships declaring {@code Cascade.REMOVE}, the related
     * entities loaded in it are removed too (deleted before it); unloaded ones are not.
     *
     * @param entity the entity
     * @throws IllegalStateException while another operation of the session is in flight, or after it ended
     */
    void remove(Object entity);

    /**
     * Whether the session holds this object (added or loaded, not removed).
     *
     * @param entity the entity
     * @return true when registered
     */
    boolean contains(Object entity);

    /**
     * Writes what changed, in order: inserts (parents before children), updates (changed columns only),
     * deletes (children before parents). Runs again at the end of {@link Quicksilver#inSession}. After an
     * error the transaction rolls back and the session refuses further work.
     *
     * @return completes when every statement ran
     */
    Mono<Void> flush();
}
