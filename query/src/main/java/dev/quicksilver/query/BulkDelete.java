package dev.quicksilver.query;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deletes rows by their ids in chunks, each chunk one statement ({@code DELETE FROM t WHERE id IN (…)}, or
 * {@code (a, b) IN ((…), (…))} for a composite id), every value bound. Input is requested only as chunks
 * are acknowledged, at most {@code maxInFlight} chunks ahead, as with {@link BulkInsert}.
 *
 * <pre>{@code
 * Mono<BulkResult> done = qs.bulkDelete(TRACK).chunkSize(1_000).byKeys(Flux.range(0, 50_000).map(Long::valueOf));
 * }</pre>
 *
 * <p>Ids that match no row are skipped; {@link BulkResult#rows()} counts the rows deleted. Deleting by
 * entities takes their ids only: no version check (use {@link Quicksilver#delete(Object)} or a session for
 * that). Failures (a foreign key still pointing at a row, say) are {@link BulkWriteException}s with the
 * mode's semantics. An immutable value; thread-safe.
 *
 * @param <E> the entity type
 */
public interface BulkDelete<E> {

    /** Ids per chunk (default 1,000). */
    BulkDelete<E> chunkSize(int rows);

    /** Chunks deleted at once with {@link BulkMode#COMMIT_PER_CHUNK} (default 2); each holds a connection. */
    BulkDelete<E> maxInFlight(int chunks);

    /** All-or-nothing (default) or a commit per chunk. */
    BulkDelete<E> mode(BulkMode mode);

    /**
     * Deletes the rows with these ids, reporting progress (rows deleted) once per chunk acknowledged.
     *
     * @param keys the ids, of the id property's Java type (single-column ids only)
     * @return the progress, in input order
     */
    Flux<BulkProgress> byKeysWithProgress(Publisher<?> keys);

    /**
     * Deletes the rows with these ids.
     *
     * @param keys the ids, of the id property's Java type (single-column ids only)
     * @return the totals (rows deleted), after the last commit
     */
    Mono<BulkResult> byKeys(Publisher<?> keys);

    /**
     * Deletes the rows of these entities, by their ids (any number of id columns).
     *
     * @param entities the entities
     * @return the totals (rows deleted), after the last commit
     */
    Mono<BulkResult> entities(Publisher<? extends E> entities);
}
