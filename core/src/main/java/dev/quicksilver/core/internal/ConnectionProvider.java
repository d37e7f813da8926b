package dev.quicksilver.core.internal;

import dev.quicksilver.core.ExternalTransactions;
import dev.quicksilver.core.PoolStats;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.exception.PoolExhaustedException;
import dev.quicksilver.core.exception.QuicksilverException;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.util.context.ContextView;

/**
 * Where statements get their connection: the transaction's, when one of this database is active in
 * the subscriber's context, else one acquired from the pool and released when the work ends, fails
 * or is cancelled.
 */
final class ConnectionProvider {

    private final ConnectionFactory connectionFactory;
    private final @Nullable ConnectionPool pool;
    private final Duration acquireTimeout;
    private final Dialect dialect;
    private final @Nullable Function<Connection, Mono<Void>> initializer;
    private final Object transactionKey = new Object();
    private final @Nullable ExternalTransactions externalTransactions;
    /** Names the savepoints opened on external transactions' connections, unique for this database. */
    private final java.util.concurrent.atomic.AtomicInteger externalSavepoints =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param connectionFactory the pool, or an unpooled factory
     * @param acquireTimeout the pool's acquire timeout, for error messages
     * @param initializer runs the dialect's connection-init statements on each connection acquired,
     *     for an unpooled factory whose every connection is new; {@code null} when the pool runs them
     * @param externalTransactions finds transactions managed outside Quicksilver; {@code null} for none
     */
    ConnectionProvider(ConnectionFactory connectionFactory, Duration acquireTimeout, Dialect dialect,
                       @Nullable Function<Connection, Mono<Void>> initializer,
                       @Nullable ExternalTransactions externalTransactions) {
        this.connectionFactory = connectionFactory;
        this.pool = connectionFactory instanceof ConnectionPool connectionPool ? connectionPool : null;
        this.acquireTimeout = acquireTimeout;
        this.dialect = dialect;
        this.initializer = initializer;
        this.externalTransactions = externalTransactions;
    }

    /** Whether an {@link ExternalTransactions} hook is configured. */
    boolean joinsExternalTransactions() {
        return externalTransactions != null;
    }

    /**
     * The connection of the external transaction active in this context, wrapped in an {@link Optional} (empty
     * when there is none, or no hook); errors of the hook are translated like the driver's.
     */
    Mono<Optional<Connection>> externalConnection(ContextView context) {
        ExternalTransactions hook = externalTransactions;
        if (hook == null) {
            return Mono.just(Optional.empty());
        }
        return Mono.defer(() -> Mono.from(hook.current(context, connectionFactory)))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .onErrorMap(error -> error instanceof R2dbcException r2dbc ? dialect.translate(r2dbc, null) : error);
    }

    /**
     * A root transaction standing for an external transaction's connection: never begun, ended or released by
     * Quicksilver; only savepoints are opened under it.
     */
    ActiveTransaction externalTransaction(Connection connection, dev.quicksilver.core.TransactionOptions options) {
        return ActiveTransaction.external(connection, options, externalSavepoints);
    }

    /** The key under which this database's active transaction sits in the Reactor Context. */
    Object transactionKey() {
        return transactionKey;
    }

    @Nullable ActiveTransaction activeTransaction(ContextView context) {
        return context.getOrDefault(transactionKey, null);
    }

    /**
     * Runs work on the context's transaction connection, or on a pooled connection released afterwards.
     */
    <T> Flux<T> withConnection(ContextView context, Function<Connection, ? extends Publisher<T>> work) {
        ActiveTransaction transaction = activeTransaction(context);
        if (transaction != null) {
            return Flux.defer(() -> {
                if (!transaction.enter()) {
                    return Flux.error(new QuicksilverException("The transaction this statement belongs to has already"
                            + " ended (or is ending). Run the statement inside the inTransaction(...) work, not after it"
                            + " completes or is cancelled."));
                }
                Answered answered = new Answered();
                Flux<T> statement = Flux.<T>from(work.apply(transaction.connection())).doOnEach(answered);
                // A synchronous driver (r2dbc-h2) executes inside subscribe(): a cancel from another thread (a
                // timeout) can arrive while it runs. The statement leaves the transaction only when both its end
                // (or cancel) was seen and its subscribe() call returned, so ROLLBACK and the connection's release
                // never overtake it (it would then run, and autocommit, after the transaction).
                ExitAfterSubscribe exit = new ExitAfterSubscribe(transaction, answered);
                return Flux.<T>from(subscriber -> {
                    try {
                        statement.subscribe(subscriber);
                    } finally {
                        exit.subscribeReturned();
                    }
                }).doFinally(exit::ended);
            });
        }
        if (externalTransactions == null) {
            return pooled(work);
        }
        // An external transaction's connection is used as it is: never released or closed here (its owner ends
        // the transaction and returns the connection), and a cancelled statement cannot discard it.
        return externalConnection(context).flatMapMany(external -> external.isPresent()
                ? Flux.<T>from(work.apply(external.get())) : pooled(work));
    }

    /** Runs work on a connection acquired from the pool and released (or discarded) when it ends. */
    private <T> Flux<T> pooled(Function<Connection, ? extends Publisher<T>> work) {
        return Flux.defer(() -> {
            Answered answered = new Answered();
            return Flux.usingWhen(acquire(),
                    connection -> Flux.<T>from(work.apply(connection)).doOnEach(answered),
                    ConnectionProvider::release,
                    (connection, error) -> release(connection),
                    connection -> answered.value || !dialect.earlyCancelDiscardsConnection()
                            ? release(connection) : discard(connection));
        });
    }

    /** Calls {@link ActiveTransaction#exit} once both the statement ended and its subscribe() call returned. */
    private static final class ExitAfterSubscribe {

        private final ActiveTransaction transaction;
        private final Answered answered;
        private final java.util.concurrent.atomic.AtomicInteger pending = new java.util.concurrent.atomic.AtomicInteger(2);
        private volatile boolean cancelled;

        ExitAfterSubscribe(ActiveTransaction transaction, Answered answered) {
            this.transaction = transaction;
            this.answered = answered;
        }

        void subscribeReturned() {
            countDown();
        }

        void ended(SignalType signal) {
            cancelled = signal == SignalType.CANCEL;
            countDown();
        }

        private void countDown() {
            if (pending.decrementAndGet() == 0) {
                transaction.exit(cancelled && !answered.value);
            }
        }
    }

    /** Whether a statement's publisher has signalled anything yet; read after it ends. */
    private static final class Answered implements java.util.function.Consumer<reactor.core.publisher.Signal<?>> {

        private volatile boolean value;

        @Override
        public void accept(reactor.core.publisher.Signal<?> signal) {
            if (!value) {
                value = true;
            }
        }
    }

    /** Returns a connection to the pool (or closes an unpooled one). */
    static Mono<Void> release(Connection connection) {
        return Mono.defer(() -> Mono.from(connection.close()));
    }

    /**
     * Closes the physical connection under a pooled one, then returns the pooled one, which the pool
     * drops at its next validation. The database rolls back whatever was open on it, and a statement the
     * driver still meant to send fails instead of running in someone else's transaction.
     */
    static Mono<Void> discard(Connection connection) {
        Connection physical = connection instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof Connection inner
                ? inner : connection;
        Mono<Void> closePhysical = Mono.defer(() -> Mono.from(physical.close())).onErrorResume(error -> Mono.empty());
        return physical == connection ? closePhysical
                : closePhysical.then(release(connection).onErrorResume(error -> Mono.empty()));
    }

    /**
     * Acquires a connection (running the dialect's connection-init statements when the pool does not),
     * turning a pool timeout into {@link PoolExhaustedException} and driver errors into Quicksilver's.
     */
    Mono<Connection> acquire() {
        Mono<Connection> acquired = Mono.<Connection>from(connectionFactory.create()).onErrorMap(this::acquireFailure);
        Function<Connection, Mono<Void>> init = initializer;
        if (init == null) {
            return acquired;
        }
        return acquired.flatMap(connection -> init.apply(connection).thenReturn(connection)
                .onErrorResume(error -> Mono.from(connection.close()).then(Mono.error(acquireFailure(error)))));
    }

    /** Every acquire failure reaches the subscriber as a {@link QuicksilverException}. */
    private Throwable acquireFailure(Throwable error) {
        if (error instanceof QuicksilverException) {
            return error;
        }
        if (pool != null && pool.isDisposed()) {
            return new QuicksilverException("This Database is closed: its pool was disposed by close(). Create a new"
                    + " Database, or close it only when the application stops.", null, null, error);
        }
        if (error instanceof R2dbcTimeoutException timeout && pool != null) {
            return poolExhausted(timeout);
        }
        if (error instanceof R2dbcException r2dbc) {
            return dialect.translate(r2dbc, null);
        }
        return error;
    }

    private Throwable poolExhausted(R2dbcTimeoutException timeout) {
        Optional<PoolStats> stats = stats();
        if (stats.isEmpty()) {
            return timeout;
        }
        PoolStats state = stats.get();
        return new PoolExhaustedException(acquireTimeout, state.acquired(), state.idle(), state.pending(),
                state.max(), timeout);
    }

    Optional<PoolStats> stats() {
        if (pool == null) {
            return Optional.empty();
        }
        return pool.getMetrics().map(metrics -> new PoolStats(metrics.acquiredSize(), metrics.idleSize(),
                metrics.pendingAcquireSize(), metrics.allocatedSize(), metrics.getMaxAllocatedSize()));
    }

    ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    Mono<Void> close() {
        return pool == null ? Mono.empty() : pool.disposeLater();
    }
}
