package dev.quicksilver.query;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes a stream of entities into their table in chunks, each chunk one round trip: PostgreSQL
 * {@code COPY … FROM STDIN} (text format) when no generated values need to come back, else a multi-row
 * {@code INSERT … VALUES (…), (…)} with every value bound ({@code RETURNING} the generated keys); always
 * multi-row INSERT on H2. Input is requested only as chunks are acknowledged, never more than
 * {@code maxInFlight} chunks ahead of the database, so memory stays flat however long the stream. All or
 * nothing with COPY is one COPY of the whole input, streamed a chunk per CopyData frame: progress then counts
 * chunks handed to the connection (at most a few chunks ahead of the wire), committed when the COPY ends.
 *
 * <pre>{@code
 * Mono<BulkResult> done = qs.bulkInsert(TRACK)
 *     .chunkSize(1_000).maxInFlight(2).mode(BulkMode.COMMIT_PER_CHUNK)
 *     .write(Flux.range(0, 1_000_000).map(Tracks::generate));
 * }</pre>
 *
 * <p>Every entity of a chunk is validated ({@code EntityMetadata.validator()}) before the chunk is sent; an
 * invalid one fails the write with nothing of its chunk written. Columns the database generates (identity
 * and sequence keys) are left to it; UUID keys left {@code null} are generated. Inside a transaction of the
 * database (the Reactor Context's), chunks are written one after another in it and the mode does not apply.
 * Failures are {@link BulkWriteException}s. {@link #onConflict} turns the chunks into multi-row upserts. An immutable value; thread-safe.
 *
 * @param <E> the entity type
 */
public interface BulkInsert<E> {

    /** Rows per chunk (default 1,000). */
    BulkInsert<E> chunkSize(int rows);

    /** Chunks written at once with {@link BulkMode#COMMIT_PER_CHUNK} (default 2); each holds a connection. */
    BulkInsert<E> maxInFlight(int chunks);

    /** All-or-nothing (default) or a commit per chunk. */
    BulkInsert<E> mode(BulkMode mode);

    /**
     * Makes every chunk an upsert keyed by these properties' columns (a primary or unique key): PostgreSQL
     * {@code INSERT … VALUES (…), (…) ON CONFLICT (…) DO UPDATE}, H2 {@code MERGE … USING (VALUES …)}; a
     * row whose key exists has every other column overwritten. No COPY then. Two rows of one chunk must not
     * share a key (both databases refuse the chunk).
     *
     * @param keyProperties the properties (entity property names) whose columns identify a row
     * @return a writer of upserts
     */
    BulkInsert<E> onConflict(String... keyProperties);

    /**
     * Like {@link #onConflict}, but a row whose key exists is left as it is ({@code DO NOTHING}).
     *
     * @param keyProperties the properties whose columns identify a row
     * @return a writer that skips existing rows
     */
    BulkInsert<E> onConflictDoNothing(String... keyProperties);

    /**
     * Writes the entities, reporting progress once per chunk acknowledged; completes after the last commit.
     *
     * @param entities the entities, requested as the database absorbs them
     * @return the progress, in input order
     */
    Flux<BulkProgress> writeWithProgress(Publisher<? extends E> entities);

    /**
     * Writes the entities.
     *
     * @param entities the entities, requested as the database absorbs them
     * @return the totals, after the last commit
     */
    Mono<BulkResult> write(Publisher<? extends E> entities);

    /**
     * Writes the entities with multi-row INSERTs and emits them, in input order, with the values the
     * database generated (identity or sequence keys) set: the same objects for mutable classes, copies for
     * records. Emitted as each chunk is acknowledged; with {@link BulkMode#ALL_OR_NOTHING} they are
     * committed when the stream completes.
     *
     * @param entities the entities
     * @return the entities with their generated values
     */
    Flux<E> writeReturningKeys(Publisher<? extends E> entities);
}
