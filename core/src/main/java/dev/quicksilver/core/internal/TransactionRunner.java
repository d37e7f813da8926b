package dev.quicksilver.core.internal;

import dev.quicksilver.core.Transaction;
import dev.quicksilver.core.TransactionOptions;
import dev.quicksilver.core.TransactionOptions.Propagation;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.dialect.TransactionSettings;
import dev.quicksilver.core.exception.QuicksilverException;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcException;
import java.util.List;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Runs work in a transaction bound to the Reactor Context: begins on a pooled connection, commits on
 * completion, rolls back on error or cancel, and always returns the connection. Inside an active
 * transaction of the same database it opens a savepoint instead (or, for
 * {@link Propagation#REQUIRES_NEW}, an independent transaction).
 */
final class TransactionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionRunner.class);

    private final ConnectionProvider connections;
    private final Dialect dialect;

    TransactionRunner(ConnectionProvider connections, Dialect dialect) {
        this.connections = connections;
        this.dialect = dialect;
    }

    <T> Flux<T> run(TransactionOptions options, Function<? super Transaction, ? extends Publisher<T>> work) {
        return Flux.deferContextual(context -> {
            ActiveTransaction outer = connections.activeTransaction(context);
            if (outer != null && options.propagation() == Propagation.NESTED) {
                return nested(outer.nested(), work);
            }
            // One usingWhen owns the connection from the moment it is acquired: BEGIN and the work run
            // inside it, so a cancel or an error at any point releases the connection exactly once.
            return Flux.usingWhen(connections.acquire().map(connection -> ActiveTransaction.root(connection, options)),
                    transaction -> begin(transaction).thenMany(within(transaction, work)),
                    this::commit,
                    (transaction, error) -> rollback(transaction),
                    this::rollback)
                    .onErrorMap(TransactionRunner::isCleanupWrapper, Throwable::getCause);
        });
    }

    /**
     * Reactor's usingWhen wraps a failure of the completion callback ("Async resource cleanup failed after
     * onComplete"); a failed COMMIT must reach the subscriber as the database error it is.
     */
    private static boolean isCleanupWrapper(Throwable error) {
        return error.getClass() == RuntimeException.class && error.getCause() instanceof QuicksilverException
                && String.valueOf(error.getMessage()).startsWith("Async resource cleanup failed");
    }

    private <T> Flux<T> within(ActiveTransaction transaction, Function<? super Transaction, ? extends Publisher<T>> work) {
        return Flux.defer(() -> Flux.from(work.apply(transaction)))
                .contextWrite(context -> context.put(connections.transactionKey(), transaction));
    }

    private Mono<Void> begin(ActiveTransaction transaction) {
        TransactionSettings settings = transaction.options().settings();
        Connection connection = transaction.connection();
        return execute(connection, dialect.beforeBeginStatements(settings))
                .then(Mono.from(connection.beginTransaction()).onErrorMap(this::translate))
                .then(execute(connection, dialect.afterBeginStatements(settings)))
                .doOnSuccess(done -> transaction.markBegun());
    }

    private Mono<Void> commit(ActiveTransaction transaction) {
        Connection connection = transaction.connection();
        if (mustDiscard(transaction)) {
            return transaction.beginEnding().then(Mono.defer(() -> {
                transaction.markCompleted();
                return ConnectionProvider.discard(connection).then(Mono.error(new QuicksilverException("The"
                        + " transaction was rolled back instead of committed: one of its statements was cancelled"
                        + " before it answered, and the driver may still run it, so the outcome of a commit would be"
                        + " unknown. Do not cancel statements (timeout, take, next) inside a transaction you mean to"
                        + " commit.")));
            }));
        }
        Mono<Void> end = Mono.defer(() -> transaction.isRollbackOnly()
                ? Mono.from(connection.rollbackTransaction())
                : Mono.from(connection.commitTransaction()));
        return finish(transaction, end);
    }

    /** Whether the connection must be closed instead of ended with COMMIT or ROLLBACK (see the dialect). */
    private boolean mustDiscard(ActiveTransaction transaction) {
        return dialect.earlyCancelDiscardsConnection() && transaction.isConnectionStateUnknown();
    }

    private Mono<Void> rollback(ActiveTransaction transaction) {
        if (mustDiscard(transaction)) {
            // Closing the connection makes the database roll back, and nothing queued late can run after it.
            return transaction.beginEnding()
                    .then(Mono.defer(() -> ConnectionProvider.discard(transaction.connection())))
                    .doFinally(signal -> transaction.markCompleted());
        }
        Mono<Void> end = Mono.defer(() -> Mono.from(transaction.connection().rollbackTransaction()))
                .onErrorResume(error -> {
                    LOG.warn("Rollback failed; the connection is closed and the database discards the transaction", error);
                    return Mono.empty();
                });
        return finish(transaction, end);
    }

    /** Ends the transaction, then resets session settings and returns the connection, whatever happened. */
    private Mono<Void> finish(ActiveTransaction transaction, Mono<Void> end) {
        TransactionSettings settings = transaction.options().settings();
        Connection connection = transaction.connection();
        // No statement may reach the connection after COMMIT or ROLLBACK: refuse new ones and let those in
        // flight finish first (a statement racing a cancel would otherwise run in autocommit after ROLLBACK).
        return transaction.beginEnding()
                .then(end)
                .doFinally(signal -> transaction.markCompleted())
                .onErrorResume(error -> release(connection, settings).then(Mono.error(translate(error))))
                .then(release(connection, settings));
    }

    private Mono<Void> release(Connection connection, TransactionSettings settings) {
        return execute(connection, dialect.afterTransactionStatements(settings))
                .onErrorResume(error -> {
                    LOG.warn("Could not reset session settings after a transaction", error);
                    return Mono.empty();
                })
                .then(ConnectionProvider.release(connection));
    }

    private <T> Flux<T> nested(ActiveTransaction savepoint, Function<? super Transaction, ? extends Publisher<T>> work) {
        Connection connection = savepoint.connection();
        String name = savepoint.savepoint();
        if (name == null) {
            throw new IllegalStateException("A nested transaction needs a savepoint name");
        }
        Mono<ActiveTransaction> create = guarded(savepoint, Mono.from(connection.createSavepoint(name)))
                .thenReturn(savepoint)
                .onErrorMap(this::translate);
        return Flux.usingWhen(create,
                transaction -> within(transaction, work),
                transaction -> transaction.isRollbackOnly()
                        ? rollbackTo(transaction)
                        : guarded(transaction, Mono.from(connection.releaseSavepoint(name))).onErrorMap(this::translate)
                                .doFinally(signal -> transaction.markCompleted()),
                (transaction, error) -> rollbackToQuietly(transaction),
                this::rollbackToQuietly);
    }

    private Mono<Void> rollbackTo(ActiveTransaction savepoint) {
        String name = savepoint.savepoint();
        return guarded(savepoint, Mono.from(savepoint.connection().rollbackTransactionToSavepoint(name == null ? "" : name)))
                .onErrorMap(this::translate)
                .doFinally(signal -> savepoint.markCompleted());
    }

    /**
     * Runs a savepoint statement as one of the transaction's statements in flight; once the enclosing
     * transaction is ending it is skipped (that transaction's COMMIT or ROLLBACK decides for it).
     */
    private static Mono<Void> guarded(ActiveTransaction transaction, Mono<Void> statement) {
        return Mono.defer(() -> transaction.enter()
                ? statement.doFinally(signal -> transaction.exit(signal == SignalType.CANCEL))
                : Mono.error(new QuicksilverException("The enclosing transaction has ended (or is ending); the"
                        + " savepoint was not used.")));
    }

    /**
     * Rolls back to the savepoint on error or cancel without hiding the original error: when the whole
     * transaction is already gone (H2 rolls it back on a deadlock; the connection may be lost), the
     * failure to roll back to the savepoint is logged and the original error reaches the subscriber.
     */
    private Mono<Void> rollbackToQuietly(ActiveTransaction savepoint) {
        return rollbackTo(savepoint).onErrorResume(error -> {
            LOG.warn("Could not roll back to savepoint {}; the enclosing transaction is rolled back instead",
                    savepoint.savepoint(), error);
            return Mono.empty();
        });
    }

    private Mono<Void> execute(Connection connection, List<String> statements) {
        return Flux.fromIterable(statements)
                .concatMap(sql -> Flux.from(connection.createStatement(sql).execute())
                        .concatMap(result -> result.getRowsUpdated())
                        .onErrorMap(R2dbcException.class, error -> dialect.translate(error, sql)))
                .then();
    }

    private Throwable translate(Throwable error) {
        return error instanceof R2dbcException r2dbc ? dialect.translate(r2dbc, null) : error;
    }
}
