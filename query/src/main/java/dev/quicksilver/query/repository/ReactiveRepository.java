package dev.quicksilver.query.repository;

import dev.quicksilver.mapping.model.SortKey;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The base of a reactive repository for entity {@code E} with a single-column id of type {@code ID}:
 * extend it with an interface, add derived query methods ({@code findBySku}, {@code countByQtyLessThan},
 * …) or {@link Query} methods, and create it with {@link Repositories#create(Class)}.
 *
 * <p>Every call returns a cold {@code Mono}/{@code Flux}: nothing runs until subscription, and errors
 * arrive in the stream. Implementations are immutable and thread-safe; they run inside the caller's
 * transaction when the Reactor Context carries one.
 *
 * @param <E> the entity type
 * @param <ID> the id type (the Java type of the entity's single id property)
 */
public interface ReactiveRepository<E, ID> {

    /**
     * Inserts or updates one entity, by its state: it is <em>new</em>, and inserted, when its id is
     * unset ({@code null}, or {@code 0} for a primitive numeric id) or its {@code @Version} property
     * is boxed and {@code null}; otherwise it is updated (checking the version when there is one). An
     * entity with an id assigned by the application and no boxed version is therefore updated: use
     * {@link #insert(Object)} for a new one.
     *
     * @param entity the entity
     * @return the entity as written (generated keys, version and timestamps set; a copy for records)
     */
    Mono<E> save(E entity);

    /**
     * Inserts one entity, whatever its state.
     *
     * @param entity the entity
     * @return the entity as written
     */
    Mono<E> insert(E entity);

    /**
     * Saves many entities, chunk by chunk (1,000 at a time, requested only as chunks are written):
     * within a chunk the new entities (the rule of {@link #save(Object)}) are inserted by the bulk
     * writer in one statement with their generated keys read back, then the others are updated one by
     * one. The entities come back as saved, in input order. The bulk writer does not fill
     * {@code @Version}/{@code @CreatedAt}/{@code @UpdatedAt} yet, so new entities of a type with such a
     * property are inserted one by one ({@link #insert(Object)}) instead.
     *
     * @param entities the entities
     * @return the saved entities, in input order
     */
    Flux<E> saveAll(Publisher<? extends E> entities);

    /**
     * Reads one entity by id.
     *
     * @param id the id
     * @return the entity, or empty when no row has the id
     */
    Mono<E> findById(ID id);

    /**
     * Reads every entity, in no particular order.
     *
     * @return the entities
     */
    Flux<E> findAll();

    /**
     * Reads every entity in the given order (typed columns: {@code TRACK.NAME.asc()}).
     *
     * @param order the sort keys
     * @return the entities
     */
    Flux<E> findAll(SortKey... order);

    /**
     * Walks every entity in pages by keyset, ordered by id: each page is one statement that seeks past
     * the previous page's last entity, so rows are never skipped or repeated as with offsets.
     *
     * @param pageSize rows per page, at least 1
     * @return the pages, each a non-empty list
     */
    Flux<List<E>> findAllInPages(int pageSize);

    /**
     * Reads one keyset page ordered by id: the first page when {@code last} is null, else the rows
     * after {@code last}.
     *
     * @param last the previous page's last entity, or null for the first page
     * @param pageSize rows per page, at least 1
     * @return the page, empty past the end
     */
    Mono<List<E>> findPageAfter(@Nullable E last, int pageSize);

    /**
     * Counts the rows.
     *
     * @return the number of rows
     */
    Mono<Long> count();

    /**
     * Tells whether a row has the id.
     *
     * @param id the id
     * @return true when it exists
     */
    Mono<Boolean> existsById(ID id);

    /**
     * Deletes the row with the id, if any.
     *
     * @param id the id
     * @return the number of rows deleted (0 or 1)
     */
    Mono<Long> deleteById(ID id);

    /**
     * Deletes one entity, checking its version when it has one.
     *
     * @param entity the entity
     * @return completes when deleted; an {@code OptimisticLockException} when the row is gone or stale
     */
    Mono<Void> delete(E entity);

    /**
     * Deletes the given entities by id through the bulk writer (chunks of 1,000; no version check).
     *
     * @param entities the entities
     * @return the number of rows deleted
     */
    Mono<Long> deleteAll(Publisher<? extends E> entities);

    /**
     * Deletes the rows with the given ids through the bulk writer; unknown ids are skipped.
     *
     * @param ids the ids
     * @return the number of rows deleted
     */
    Mono<Long> deleteAllById(Iterable<? extends ID> ids);

    /**
     * Deletes every row of the entity's table.
     *
     * @return the number of rows deleted
     */
    Mono<Long> deleteAll();
}
