package dev.quicksilver.query.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.exception.CopyInException;
import dev.quicksilver.core.exception.QuicksilverException;
import dev.quicksilver.query.BulkMode;
import dev.quicksilver.query.BulkProgress;
import dev.quicksilver.query.BulkResult;
import dev.quicksilver.query.BulkWriteException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

/**
 * One run of a chunked bulk write (insert, update, delete): the bulk writer's pipeline ({@code buffer}, then
 * {@code flatMapSequential} with a prefetch of one, so input is requested only as chunks are acknowledged;
 * one transaction for all-or-nothing, a commit per chunk otherwise, chunks one after another inside a
 * caller's transaction) around a chunk writer, and the {@link BulkWriteException}s its failures become.
 * Not thread-safe; one per subscription.
 *
 * @param <T> the input element: an entity or an id
 * @param <R> what a chunk's write gives back (its row count, or the rows written)
 */
final class ChunkedWrite<T, R> {

    /** Writes one chunk; {@code ownCommit} when the chunk must commit (or roll back) on its own. */
    @FunctionalInterface
    interface ChunkWriter<T, R> {
        Mono<R> write(List<T> chunk, boolean ownCommit);
    }

    /** A failure of one row of a chunk (validation), before anything of the chunk was sent. */
    static final class RowFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int index;

        RowFailure(int index, Throwable cause) {
            super(cause);
            this.index = index;
        }
    }

    private final Database database;
    private final String what;
    private final ChunkSettings settings;
    private final ChunkWriter<T, R> writer;
    private final ToLongFunction<R> rowsOf;
    private final AtomicLong committedRows = new AtomicLong();
    private boolean inCallerTransaction;
    private long started;
    private long rows;
    private long chunks;

    /**
     * @param what the operation and table, for messages: "Bulk update of track"
     * @param rowsOf the rows a chunk's result counts
     */
    ChunkedWrite(Database database, String what, ChunkSettings settings, ChunkWriter<T, R> writer,
                 ToLongFunction<R> rowsOf) {
        this.database = database;
        this.what = what;
        this.settings = settings;
        this.writer = writer;
        this.rowsOf = rowsOf;
    }

    /** A write whose chunks give back their row counts. */
    static <T> ChunkedWrite<T, Long> counting(Database database, String what, ChunkSettings settings,
                                              ChunkWriter<T, Long> writer) {
        return new ChunkedWrite<>(database, what, settings, writer, Long::longValue);
    }

    Mono<BulkResult> result(Publisher<? extends T> input, BulkResult.Method method) {
        return progress(input).last(new BulkProgress(0, 0, Duration.ZERO))
                .map(last -> new BulkResult(last.rows(), last.chunks(),
                        Duration.ofNanos(System.nanoTime() - started), method));
    }

    Flux<BulkProgress> progress(Publisher<? extends T> input) {
        return run(input).map(written -> {
            rows += rowsOf.applyAsLong(written);
            chunks++;
            return new BulkProgress(rows, chunks, Duration.ofNanos(System.nanoTime() - started));
        });
    }

    /** The chunks' results, in input order. */
    Flux<R> run(Publisher<? extends T> input) {
        return Flux.deferContextual(context -> {
            started = System.nanoTime();
            Flux<Tuple2<Long, List<T>>> chunked = ChunkedWrite.<T>watched(input).buffer(settings.chunkSize()).index();
            inCallerTransaction = database.inTransaction(context);
            if (inCallerTransaction) {
                return chunked.flatMapSequential(chunk -> write(chunk, false), 1, 1);
            }
            if (settings.mode() == BulkMode.ALL_OR_NOTHING) {
                return database.inTransaction(transaction ->
                                chunked.flatMapSequential(chunk -> write(chunk, false), 1, 1))
                        .onErrorMap(error -> !(error instanceof BulkWriteException || error instanceof InputFailure),
                                this::commitFailed);
            }
            return chunked.flatMapSequential(chunk -> write(chunk, true), settings.maxInFlight(), 1);
        }).onErrorMap(InputFailure.class, this::inputFailed);
    }

    /** The caller's input, its failure marked so that it is not taken for a chunk's or the database's. */
    static <T> Flux<T> watched(Publisher<? extends T> input) {
        return Flux.<T>from(input).onErrorMap(error -> !(error instanceof InputFailure), InputFailure::new);
    }

    /** The caller's input failed: what is committed, the input's error as cause. */
    BulkWriteException inputFailed(InputFailure failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        boolean ownCommits = settings.mode() == BulkMode.COMMIT_PER_CHUNK && !inCallerTransaction;
        long committed = ownCommits ? committedRows.get() : 0;
        return new BulkWriteException(what + " stopped because its input failed; " + kept(committed) + ": "
                + cause.getMessage(), -1, -1, committed, null, cause);
    }

    /** An error of the caller's input, on its way through the write. */
    static final class InputFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InputFailure(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private Mono<R> write(Tuple2<Long, List<T>> chunk, boolean ownCommit) {
        long index = chunk.getT1();
        List<T> items = chunk.getT2();
        long firstRow = index * settings.chunkSize();
        return Mono.defer(() -> writer.write(items, ownCommit))
                .doOnNext(written -> {
                    if (ownCommit) {
                        committedRows.addAndGet(rowsOf.applyAsLong(written));
                    }
                })
                .onErrorMap(error -> failure(error, index, firstRow, items.size(), firstRow));
    }

    /**
     * The failure of chunk {@code chunk} (input rows {@code firstRow} on, {@code size} of them): the row a
     * validation or COPY names ({@code copyStart}: the input row of the COPY's first line), what is
     * committed, the database's error as cause.
     */
    BulkWriteException failure(Throwable error, long chunk, long firstRow, int size, long copyStart) {
        if (error instanceof BulkWriteException already) {
            return already;
        }
        if (error instanceof InputFailure input) {
            return inputFailed(input);
        }
        long row = -1;
        Throwable cause = error;
        if (error instanceof RowFailure failure && failure.getCause() != null) {
            row = firstRow + failure.index;
            cause = failure.getCause();
        } else if (error instanceof CopyInException copyFailure) {
            row = copyStart + copyFailure.line() - 1;
            cause = copyFailure.getCause() == null ? copyFailure : copyFailure.getCause();
        }
        boolean ownCommits = settings.mode() == BulkMode.COMMIT_PER_CHUNK && !inCallerTransaction;
        long committed = ownCommits ? committedRows.get() : 0;
        String message = what + " failed in chunk " + chunk + " (rows " + firstRow + "–" + (firstRow + size - 1)
                + ")" + (row >= 0 ? " at row " + row : "") + "; " + kept(committed) + ": " + cause.getMessage();
        return new BulkWriteException(message, chunk, row, committed, sqlOf(cause), cause);
    }

    /** What a failure leaves committed, in words. */
    String kept(long committed) {
        return settings.mode() == BulkMode.COMMIT_PER_CHUNK && !inCallerTransaction
                ? committed + " rows of earlier chunks are committed"
                : inCallerTransaction ? "the enclosing transaction decides what is committed"
                : "nothing is committed (all or nothing)";
    }

    /** For a caller running the write its own way (one COPY): whether it runs in the caller's transaction. */
    void runsInCallerTransaction(boolean inside) {
        inCallerTransaction = inside;
    }

    private BulkWriteException commitFailed(Throwable error) {
        return new BulkWriteException(what + " failed after its chunks were written (at commit); nothing is"
                + " committed: " + error.getMessage(), -1, -1, 0, sqlOf(error), error);
    }

    static @Nullable String sqlOf(Throwable error) {
        return error instanceof QuicksilverException quicksilver ? quicksilver.sql() : null;
    }
}
