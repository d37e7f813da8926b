package dev.quicksilver.query.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.exception.CopyInException;
import dev.quicksilver.mapping.EntityValidationException;
import dev.quicksilver.mapping.Violation;
import dev.quicksilver.query.BulkMode;
import dev.quicksilver.query.BulkProgress;
import dev.quicksilver.query.BulkResult;
import dev.quicksilver.query.BulkWriteException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.function.Tuple2;

/**
 * One run of a bulk insert: with COPY in all-or-nothing mode (or in the caller's transaction) the whole
 * input is one streamed COPY ({@link #oneCopy}); otherwise a {@link ChunkedWrite} whose chunk writer
 * validates, prepares and writes each chunk in one round trip (a COPY, or a multi-row INSERT returning keys
 * when wanted). Not thread-safe; one per subscription.
 */
final class BulkExecution<E> {

    /** A chunk acknowledged by the database: its rows, and the entities when keys were wanted. */
    private record Written<E>(long rows, List<E> entities) {
    }

    private final Database database;
    private final BulkPlan<E> plan;
    private final int chunkSize;
    private final BulkMode mode;
    private final boolean returningKeys;
    private final boolean copy;
    private final ChunkedWrite<E, Written<E>> chunks;
    private long started;
    private long finished;
    private long rows;
    private long chunksWritten;

    BulkExecution(Database database, BulkPlan<E> plan, ChunkSettings settings, boolean returningKeys) {
        this.database = database;
        this.plan = plan;
        this.chunkSize = settings.chunkSize();
        this.mode = settings.mode();
        this.returningKeys = returningKeys;
        this.copy = !returningKeys && plan.copySql() != null;
        this.chunks = new ChunkedWrite<>(database, (plan.upsert() ? "Bulk upsert into " : "Bulk insert into ")
                + plan.tableName(), settings,
                (chunk, ownCommit) -> Mono.defer(() -> send(prepare(chunk), ownCommit)), Written::rows);
    }

    BulkResult.Method method() {
        return copy ? BulkResult.Method.COPY
                : plan.upsert() ? BulkResult.Method.MULTI_ROW_UPSERT : BulkResult.Method.MULTI_ROW_INSERT;
    }

    Duration elapsed() {
        return Duration.ofNanos((finished == 0 ? System.nanoTime() : finished) - started);
    }

    Flux<BulkProgress> progress(Publisher<? extends E> input) {
        return run(input).map(written -> {
            rows += written.rows();
            chunksWritten++;
            return new BulkProgress(rows, chunksWritten, Duration.ofNanos(System.nanoTime() - started));
        }).doOnComplete(() -> finished = System.nanoTime());
    }

    Flux<E> entities(Publisher<? extends E> input) {
        return run(input).concatMapIterable(Written::entities);
    }

    private Flux<Written<E>> run(Publisher<? extends E> input) {
        return Flux.deferContextual(context -> {
            started = System.nanoTime();
            boolean inCallerTransaction = database.inTransaction(context);
            if (copy && (inCallerTransaction || mode == BulkMode.ALL_OR_NOTHING)) {
                chunks.runsInCallerTransaction(inCallerTransaction);
                return oneCopy(ChunkedWrite.<E>watched(input).buffer(chunkSize).index(), inCallerTransaction);
            }
            return chunks.run(input);
        });
    }

    /**
     * The whole input as one COPY, fed chunk by chunk as the connection takes the data (core gates it), so
     * encoding overlaps the server's work and no chunk pays a round trip of its own. One COPY is atomic: all
     * or nothing without a transaction of its own, or part of the caller's. Progress counts the rows handed
     * to the connection; they are committed when the COPY (or the caller's transaction) completes. A chunk
     * found invalid aborts the COPY (nothing is written); the first chunk is checked before any SQL is sent.
     */
    private Flux<Written<E>> oneCopy(Flux<Tuple2<Long, List<E>>> chunked, boolean inCallerTransaction) {
        String copySql = Objects.requireNonNull(plan.copySql());
        Sinks.Many<Written<E>> handed = Sinks.many().unicast().onBackpressureBuffer();
        AtomicReference<BulkWriteException> inputFailure = new AtomicReference<>();
        Flux<ByteBuffer> data = chunked.map(chunk -> {
            List<BulkPlan.PreparedRow<E>> prepared;
            try {
                prepared = prepare(chunk.getT2());
            } catch (ChunkedWrite.RowFailure invalid) {
                long firstRow = chunk.getT1() * chunkSize;
                BulkWriteException failure = chunks.failure(invalid, chunk.getT1(), firstRow, chunk.getT2().size(),
                        firstRow);
                inputFailure.set(failure);
                throw failure;
            }
            ByteBuffer encoded = CopyText.encode(prepared);
            handed.tryEmitNext(new Written<>(prepared.size(), List.of()));
            return encoded;
        });
        // The first chunk is validated and encoded before the COPY starts: an invalid first chunk (or an
        // empty input) sends no SQL at all.
        Mono<Long> copied = data.switchOnFirst((first, all) -> first.hasValue()
                        ? database.copyIn(copySql, all) : all.then(Mono.<Long>empty()))
                .singleOrEmpty()
                .onErrorMap(error -> {
                    BulkWriteException invalid = inputFailure.get();
                    // The caller's input failing is named as such (core hands it back instead of the server's
                    // answer to the aborted COPY, 57014); the database's errors name their chunk.
                    return invalid != null ? invalid : error instanceof ChunkedWrite.InputFailure input
                            ? chunks.inputFailed(input) : copyFailure(error, inCallerTransaction);
                })
                .doOnSuccess(count -> handed.tryEmitComplete());
        return handed.asFlux().mergeWith(copied.then(Mono.empty()));
    }

    private List<BulkPlan.PreparedRow<E>> prepare(List<E> entities) {
        List<BulkPlan.PreparedRow<E>> prepared = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            E entity = entities.get(i);
            List<Violation> violations = plan.validator().violations(entity);
            if (!violations.isEmpty()) {
                throw new ChunkedWrite.RowFailure(i, new EntityValidationException(entity.getClass(), violations));
            }
            prepared.add(plan.prepare(entity));
        }
        return prepared;
    }

    /** A failure of the single COPY: its chunk and row come from the line the database names. */
    private BulkWriteException copyFailure(Throwable error, boolean inCallerTransaction) {
        if (error instanceof BulkWriteException already) {
            return already;
        }
        if (error instanceof CopyInException copyFailure) {
            long chunk = (copyFailure.line() - 1) / chunkSize;
            return chunks.failure(error, chunk, chunk * chunkSize, chunkSize, 0);
        }
        String message = (plan.upsert() ? "Bulk upsert into " : "Bulk insert into ") + plan.tableName()
                + " failed in its COPY; " + (inCallerTransaction ? "the enclosing transaction decides what is"
                + " committed" : "nothing is committed (one COPY is all or nothing)") + ": " + error.getMessage();
        return new BulkWriteException(message, -1, -1, 0, ChunkedWrite.sqlOf(error), error);
    }

    private Mono<Written<E>> send(List<BulkPlan.PreparedRow<E>> prepared, boolean ownCommit) {
        String copySql = plan.copySql();
        if (copy && copySql != null) {
            // One COPY is atomic on its own: no BEGIN/COMMIT needed for a chunk that commits alone.
            return database.copyIn(copySql, Mono.fromCallable(() -> CopyText.encode(prepared)))
                    .map(count -> new Written<>(count, List.of()));
        }
        Mono<List<E>> inserted = database.withConnection(connection ->
                MultiRowInsert.insert(plan, connection, prepared, returningKeys)).single();
        if (ownCommit && MultiRowInsert.statements(plan, prepared.size()) > 1) {
            inserted = database.transactional(inserted);
        }
        return inserted.map(entities -> new Written<>(prepared.size(), returningKeys ? entities : List.of()));
    }
}
