package dev.quicksilver.query.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.exception.CopyInException;
import dev.quicksilver.core.exception.QuicksilverException;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.function.Tuple2;

/**
 * One run of a bulk insert: the input is cut into chunks ({@code buffer}), each chunk validated, prepared
 * and written in one round trip, at most {@code maxInFlight} chunks at a time ({@code flatMapSequential}
 * with a prefetch of one, so the input is requested only as chunks are acknowledged), results in input
 * order. Not thread-safe; one per subscription.
 */
final class BulkExecution<E> {

    /** A chunk acknowledged by the database: its rows, and the entities when keys were wanted. */
    private record Written<E>(long rows, List<E> entities) {
    }

    private final Database database;
    private final BulkPlan<E> plan;
    private final int chunkSize;
    private final int maxInFlight;
    private final BulkMode mode;
    private final boolean returningKeys;
    private final boolean copy;
    private final AtomicLong committedRows = new AtomicLong();
    private boolean inCallerTransaction;
    private long started;
    private long finished;
    private long rows;
    private long chunks;

    BulkExecution(Database database, BulkPlan<E> plan, int chunkSize, int maxInFlight, BulkMode mode,
                  boolean returningKeys) {
        this.database = database;
        this.plan = plan;
        this.chunkSize = chunkSize;
        this.maxInFlight = maxInFlight;
        this.mode = mode;
        this.returningKeys = returningKeys;
        this.copy = !returningKeys && plan.copySql() != null;
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
            chunks++;
            return new BulkProgress(rows, chunks, Duration.ofNanos(System.nanoTime() - started));
        }).doOnComplete(() -> finished = System.nanoTime());
    }

    Flux<E> entities(Publisher<? extends E> input) {
        return run(input).concatMapIterable(Written::entities);
    }

    private Flux<Written<E>> run(Publisher<? extends E> input) {
        return Flux.deferContextual(context -> {
            started = System.nanoTime();
            Flux<Tuple2<Long, List<E>>> chunked = Flux.<E>from(input).buffer(chunkSize).index();
            inCallerTransaction = database.inTransaction(context);
            if (copy && (inCallerTransaction || mode == BulkMode.ALL_OR_NOTHING)) {
                return oneCopy(chunked);
            }
            if (inCallerTransaction) {
                // The caller's transaction: its one connection takes one chunk at a time.
                return chunked.flatMapSequential(chunk -> write(chunk, false), 1, 1);
            }
            if (mode == BulkMode.ALL_OR_NOTHING) {
                return database.inTransaction(transaction ->
                                chunked.flatMapSequential(chunk -> write(chunk, false), 1, 1))
                        .onErrorMap(error -> !(error instanceof BulkWriteException), this::commitFailed);
            }
            return chunked.flatMapSequential(chunk -> write(chunk, true), maxInFlight, 1);
        });
    }

    /**
     * The whole input as one COPY, fed chunk by chunk as the connection takes the data (core gates it), so
     * encoding overlaps the server's work and no chunk pays a round trip of its own. One COPY is atomic: all
     * or nothing without a transaction of its own, or part of the caller's. Progress counts the rows handed
     * to the connection; they are committed when the COPY (or the caller's transaction) completes. A chunk
     * found invalid aborts the COPY (nothing is written); the first chunk is checked before any SQL is sent.
     */
    private Flux<Written<E>> oneCopy(Flux<Tuple2<Long, List<E>>> chunked) {
        String copySql = java.util.Objects.requireNonNull(plan.copySql());
        Sinks.Many<Written<E>> handed = Sinks.many().unicast().onBackpressureBuffer();
        AtomicReference<BulkWriteException> inputFailure = new AtomicReference<>();
        Flux<ByteBuffer> data = chunked.map(chunk -> {
            List<BulkPlan.PreparedRow<E>> prepared;
            try {
                prepared = prepare(chunk.getT2());
            } catch (RowFailure invalid) {
                BulkWriteException failure = failure(invalid, chunk.getT1(), chunk.getT1() * chunkSize,
                        chunk.getT2().size());
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
                    return invalid != null ? invalid : copyFailure(error);
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
                throw new RowFailure(i, new EntityValidationException(entity.getClass(), violations));
            }
            prepared.add(plan.prepare(entity));
        }
        return prepared;
    }

    /** A failure of the single COPY: its chunk and row come from the line the database names. */
    private BulkWriteException copyFailure(Throwable error) {
        if (error instanceof BulkWriteException already) {
            return already;
        }
        if (error instanceof CopyInException copyFailure) {
            long row = copyFailure.line() - 1;
            long chunk = row / chunkSize;
            return failure(error, chunk, chunk * chunkSize, chunkSize, 0);
        }
        Throwable cause = error;
        String message = (plan.upsert() ? "Bulk upsert into " : "Bulk insert into ") + plan.tableName()
                + " failed in its COPY; " + (inCallerTransaction ? "the enclosing transaction decides what is"
                + " committed" : "nothing is committed (one COPY is all or nothing)") + ": " + cause.getMessage();
        return new BulkWriteException(message, -1, -1, 0,
                cause instanceof QuicksilverException quicksilver ? quicksilver.sql() : null, cause);
    }

    /** Validates, prepares and writes one chunk; its failure becomes a {@link BulkWriteException}. */
    private Mono<Written<E>> write(Tuple2<Long, List<E>> chunk, boolean ownCommit) {
        long index = chunk.getT1();
        List<E> entities = chunk.getT2();
        long firstRow = index * chunkSize;
        return Mono.defer(() -> send(prepare(entities), ownCommit))
                .doOnNext(written -> {
                    if (ownCommit) {
                        committedRows.addAndGet(written.rows());
                    }
                })
                .onErrorMap(error -> failure(error, index, firstRow, entities.size()));
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

    private BulkWriteException failure(Throwable error, long chunk, long firstRow, int size) {
        return failure(error, chunk, firstRow, size, firstRow);
    }

    /** {@code copyStart}: the input row of the COPY's first line. */
    private BulkWriteException failure(Throwable error, long chunk, long firstRow, int size, long copyStart) {
        if (error instanceof BulkWriteException already) {
            return already;
        }
        long row = -1;
        Throwable cause = error;
        if (error instanceof RowFailure failure) {
            row = firstRow + failure.index;
            cause = failure.getCause();
        } else if (error instanceof CopyInException copyFailure) {
            row = copyStart + copyFailure.line() - 1;
            cause = copyFailure.getCause() == null ? copyFailure : copyFailure.getCause();
        }
        boolean ownCommits = mode == BulkMode.COMMIT_PER_CHUNK && !inCallerTransaction;
        long committed = ownCommits ? committedRows.get() : 0;
        String kept = ownCommits ? committed + " rows of earlier chunks are committed"
                : inCallerTransaction ? "the enclosing transaction decides what is committed"
                : "nothing is committed (all or nothing)";
        String message = (plan.upsert() ? "Bulk upsert into " : "Bulk insert into ") + plan.tableName()
                + " failed in chunk " + chunk + " (rows " + firstRow + "–" + (firstRow + size - 1) + ")" + (row >= 0 ? " at row " + row : "") + "; " + kept + ": "
                + cause.getMessage();
        return new BulkWriteException(message, chunk, row, committed,
                cause instanceof QuicksilverException quicksilver ? quicksilver.sql() : null, cause);
    }

    private BulkWriteException commitFailed(Throwable error) {
        return new BulkWriteException((plan.upsert() ? "Bulk upsert into " : "Bulk insert into ") + plan.tableName()
                + " failed after its chunks were written (at commit); nothing is committed: " + error.getMessage(), -1, -1, 0,
                error instanceof QuicksilverException quicksilver ? quicksilver.sql() : null, error);
    }

    /** A failure of one row of a chunk, before anything of the chunk was sent. */
    private static final class RowFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int index;

        RowFailure(int index, @Nullable Throwable cause) {
            super(cause);
            this.index = index;
        }
    }
}
