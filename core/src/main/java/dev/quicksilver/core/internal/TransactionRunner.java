package dev.quicksilver.core.internal;

import dev.quicksilver.core.Transaction;
import dev.quicksilver.core.TransactionOptions;
import dev.quicksilver.core.TransactionOptions.Propagation;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.dialect.TransactionSettings;
import dev.quicksilver.core.exception.QuicksilverException;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcException;
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
            if (outer == null && options.propagation() == Propagation.NESTED && connections.joinsExternalTransactions()) {
                // Inside a transaction managed outside Quicksilver: a savepoint on its connection, which stays its
                // owner's (no BEGIN, COMMIT or release here).
                return connections.externalConnection(context).flatMapMany(external -> external.isPresent()
                        ? nested(connections.externalTransaction(external.get(), options).nested(), work)
                        : root(options, work));
            }
            return root(options, work);
        });
    }

    private <T> Flux<T> root(TransactionOptions options, Function<? super Transaction, ? extends Publisher<T>> work) {
        // One usingWhen owns the connection from the moment it is acquired: BEGIN, the work and COMMIT run
        // inside it, so a failing COMMIT is the work's error, and the callbacks only clean up.
        // A read-only transaction asks for a connection as reads do, so a database with a replica serves it there.
        Mono<Connection> acquired = options.readOnly()
                ? connections.acquire().contextWrite(context -> context.put(ReplicaRouting.READ_ONLY_KEY, true))
                : connections.acquire();
        return Flux.usingWhen(acquired.map(connection -> ActiveTransaction.root(connection, options)),
                transaction -> begin(transaction).thenMany(within(transaction, work)).concatWith(end(transaction)),
                this::release,
                (transaction, error) -> rollback(transaction),
                this::rollback);
    }

    private <T> Flux<T> within(ActiveTransaction transaction, Function<? super Transaction, ? extends Publisher<T>> work) {
        return Flux.defer(() -> Flux.from(work.apply(transaction)))
                .contextWrite(context -> context.put(connections.transactionKey(), transaction));
    }

    private Mono<Void> begin(ActiveTransaction transaction) {
        TransactionSettings settings = transaction.options().settings();
        Connection connection = transaction.connection();
        return SessionStatements.run(connection, dialect.beforeBeginStatements(settings), dialect)
                .then(Mono.from(connection.beginTransaction()).onErrorMap(this::translate))
                .then(SessionStatements.run(connection, dialect.afterBeginStatements(settings), dialect))
                .doOnSuccess(done -> transaction.markBegun());
    }

    /**
     * COMMIT (or ROLLBACK, when marked rollback-only) as the last step of the work. Where the connection's
     * state is unknown it refuses instead; the error path then discards the connection.
     */
    private <T> Mono<T> end(ActiveTransaction transaction) {
        return Mono.defer(() -> {
            // No statement may reach the connection after COMMIT or ROLLBACK: refuse new ones and let those in
            // flight finish first (a statement racing a cancel would otherwise run in autocommit after ROLLBACK).
            Mono<Void> ending = transaction.beginEnding();
            if (mustDiscard(transaction)) {
                return ending.then(Mono.error(new QuicksilverException("The transaction was rolled back instead of"
                        + " committed: one of its statements was cancelled before it answered, and the driver may"
                        + " still run it, so the outcome of a commit would be unknown. Do not cancel statements"
                        + " (timeout, take, next) inside a transaction you mean to commit.")));
            }
            Connection connection = transaction.connection();
            return ending
                    .then(Mono.defer(() -> Mono.<Void>from(transaction.isRollbackOnly()
                            ? connection.rollbackTransaction() : connection.commitTransaction())))
                    .onErrorMap(this::translate)
                    .doFinally(signal -> transaction.markCompleted())
                    .then(Mono.empty());
        });
    }

    /** Whether the connection must be closed instead of ended with COMMIT or ROLLBACK (see the dialect). */
    private boolean mustDiscard(ActiveTransaction transaction) {
        return dialect.earlyCancelDiscardsConnection() && transaction.isConnectionStateUnknown();
    }

    /** On error or cancel: ROLLBACK and release, or discard the connection where its state is unknown. */
    private Mono<Void> rollback(ActiveTransaction transaction) {
        Mono<Void> ending = transaction.beginEnding();
        if (mustDiscard(transaction)) {
            // Closing the connection makes the database roll back, and nothing queued late can run after it.
            return ending.then(Mono.defer(() -> transaction.claimRelease()
                            ? ConnectionProvider.discard(transaction.connection()) : Mono.<Void>empty()))
                    .doFinally(signal -> transaction.markCompleted());
        }
        return ending
                .then(Mono.defer(() -> Mono.from(transaction.connection().rollbackTransaction())))
                .onErrorResume(error -> {
                    LOG.warn("Rollback failed; the connection is closed and the database discards the transaction", error);
                    return Mono.empty();
                })
                .doFinally(signal -> transaction.markCompleted())
                .then(release(transaction));
    }

    /** Resets session settings and returns the connection, once, whatever happened; never fails. */
    private Mono<Void> release(ActiveTransaction transaction) {
        return Mono.defer(() -> {
            if (!transaction.claimRelease()) {
                return Mono.empty();
            }
            Connection connection = transaction.connection();
            return SessionStatements.run(connection,
                    dialect.afterTransactionStatements(transaction.options().settings()), dialect)
                    .onErrorResume(error -> {
                        LOG.warn("Could not reset session settings after a transaction", error);
                        return Mono.empty();
                    })
                    .then(ConnectionProvider.release(connection))
                    .onErrorResume(error -> {
                        LOG.warn("Could not return a connection to the pool", error);
                        return Mono.empty();
                    });
        });
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
        // RELEASE (or ROLLBACK TO) SAVEPOINT is the last step of the work, so its failure is the work's error.
        Mono<T> end = Mono.defer(() -> savepoint.isRollbackOnly() ? rollbackTo(savepoint)
                : guarded(savepoint, Mono.from(connection.releaseSavepoint(name))).onErrorMap(this::translate)
                        .doFinally(signal -> savepoint.markCompleted()))
                .then(Mono.empty());
        return Flux.usingWhen(create,
                transaction -> within(transaction, work).concatWith(end),
                transaction -> Mono.empty(),
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

    private Throwable translate(Throwable error) {
        return error instanceof R2dbcException r2dbc ? dialect.translate(r2dbc, null) : error;
    }
}
