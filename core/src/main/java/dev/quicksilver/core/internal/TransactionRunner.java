package dev.quicksilver.core.internal;

import dev.quicksilver.core.Transaction;
import dev.quicksilver.core.TransactionOptions;
import dev.quicksilver.core.TransactionOptions.Propagation;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.dialect.TransactionSettings;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcException;
import java.util.List;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

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
            return Flux.usingWhen(begin(options),
                    transaction -> within(transaction, work),
                    this::commit,
                    (transaction, error) -> rollback(transaction),
                    this::rollback);
        });
    }

    private <T> Flux<T> within(ActiveTransaction transaction, Function<? super Transaction, ? extends Publisher<T>> work) {
        return Flux.defer(() -> Flux.from(work.apply(transaction)))
                .contextWrite(context -> context.put(connections.transactionKey(), transaction));
    }

    private Mono<ActiveTransaction> begin(TransactionOptions options) {
        TransactionSettings settings = options.settings();
        return connections.acquire().flatMap(connection ->
                execute(connection, dialect.beforeBeginStatements(settings))
                        .then(Mono.from(connection.beginTransaction()))
                        .then(execute(connection, dialect.afterBeginStatements(settings)))
                        .thenReturn(ActiveTransaction.root(connection, options))
                        .onErrorResume(error -> release(connection, settings).then(Mono.error(translate(error))))
                        .doOnCancel(() -> release(connection, settings).subscribe()));
    }

    private Mono<Void> commit(ActiveTransaction transaction) {
        Connection connection = transaction.connection();
        Mono<Void> end = transaction.isRollbackOnly()
                ? Mono.from(connection.rollbackTransaction())
                : Mono.from(connection.commitTransaction());
        return finish(transaction, end);
    }

    private Mono<Void> rollback(ActiveTransaction transaction) {
        Mono<Void> end = Mono.from(transaction.connection().rollbackTransaction())
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
        return end
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
                .then(Mono.from(connection.close()));
    }

    private <T> Flux<T> nested(ActiveTransaction savepoint, Function<? super Transaction, ? extends Publisher<T>> work) {
        Connection connection = savepoint.connection();
        String name = savepoint.savepoint();
        if (name == null) {
            throw new IllegalStateException("A nested transaction needs a savepoint name");
        }
        Mono<ActiveTransaction> create = Mono.from(connection.createSavepoint(name)).thenReturn(savepoint)
                .onErrorMap(this::translate);
        return Flux.usingWhen(create,
                transaction -> within(transaction, work),
                transaction -> transaction.isRollbackOnly()
                        ? rollbackTo(transaction)
                        : Mono.from(connection.releaseSavepoint(name)).onErrorMap(this::translate)
                                .doFinally(signal -> transaction.markCompleted()),
                (transaction, error) -> rollbackTo(transaction),
                this::rollbackTo);
    }

    private Mono<Void> rollbackTo(ActiveTransaction savepoint) {
        String name = savepoint.savepoint();
        return Mono.from(savepoint.connection().rollbackTransactionToSavepoint(name == null ? "" : name))
                .onErrorMap(this::translate)
                .doFinally(signal -> savepoint.markCompleted());
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
