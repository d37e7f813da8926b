package dev.quicksilver.query;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Updates a stream of entities by their ids in chunks, each chunk one statement:
 * {@code MERGE INTO t USING (VALUES (…), (…)) AS src (…) ON t.id = src.id WHEN MATCHED THEN UPDATE SET …}
 * (PostgreSQL 15+ and H2), every value bound. Every column but the id is written. A versioned entity's row
 * is matched only at the version it carries and gets that version + 1 (the objects passed in are not
 * changed: read them back for the new versions). Input is requested only as chunks are acknowledged, at
 * most {@code maxInFlight} chunks ahead, as with {@link BulkInsert}.
 *
 * <pre>{@code
 * Mono<BulkResult> done = qs.bulkUpdate(TRACK).chunkSize(500).mode(BulkMode.COMMIT_PER_CHUNK)
 *     .write(tracks.map(track -> track.withPrice(newPrice)));
 * }</pre>
 *
 * <p>Every entity of a chunk is validated before the chunk is sent. A chunk in which some row did not match
 * (gone, or a stale version) fails as a whole, with nothing of it written: a {@link BulkWriteException}
 * whose cause says how many rows matched. {@code @UpdatedAt} columns are written as the entities carry them.
 * Two entities of one chunk must not share an id. Inside a transaction of the database the mode does not
 * apply. An immutable value; thread-safe.
 *
 * @param <E> the entity type
 */
public interface BulkUpdate<E> {

    /** Rows per chunk (default 1,000). */
    BulkUpdate<E> chunkSize(int rows);

    /** Chunks written at once with {@link BulkMode#COMMIT_PER_CHUNK} (default 2); each holds a connection. */
    BulkUpdate<E> maxInFlight(int chunks);

    /** All-or-nothing (default) or a commit per chunk. */
    BulkUpdate<E> mode(BulkMode mode);

    /**
     * Updates the entities, reporting progress once per chunk acknowledged.
     *
     * @param entities the entities, requested as the database absorbs them
     * @return the progress, in input order
     */
    Flux<BulkProgress> writeWithProgress(Publisher<? extends E> entities);

    /**
     * Updates the entities.
     *
     * @param entities the entities, requested as the database absorbs them
     * @return the totals (rows updated), after the last commit
     */
    Mono<BulkResult> write(Publisher<? extends E> entities);
}
