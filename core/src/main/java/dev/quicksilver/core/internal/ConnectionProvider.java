package dev.quicksilver.core.internal;

import dev.quicksilver.core.PoolStats;
import dev.quicksilver.core.exception.PoolExhaustedException;
import dev.quicksilver.core.exception.QuicksilverException;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
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
    private final Object transactionKey = new Object();

    ConnectionProvider(ConnectionFactory connectionFactory, Duration acquireTimeout) {
        this.connectionFactory = connectionFactory;
        this.pool = connectionFactory instanceof ConnectionPool connectionPool ? connectionPool : null;
        this.acquireTimeout = acquireTimeout;
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
            if (transaction.isCompleted()) {
                return Flux.error(new QuicksilverException("The transaction this statement belongs to has already"
                        + " ended. Run the statement inside the inTransaction(...) work, not after it completes."));
            }
            return Flux.from(work.apply(transaction.connection()));
        }
        return Flux.usingWhen(acquire(), work, Connection::close, (connection, error) -> connection.close(),
                Connection::close);
    }

    /** Acquires a connection, turning a pool timeout into {@link PoolExhaustedException}. */
    Mono<Connection> acquire() {
        return Mono.<Connection>from(connectionFactory.create())
                .onErrorMap(R2dbcTimeoutException.class, this::poolExhausted)
                .onErrorMap(error -> pool != null && pool.isDisposed() && !(error instanceof QuicksilverException),
                        error -> new QuicksilverException("This Database is closed: its pool was disposed by close()."
                                + " Create a new Database, or close it only when the application stops.", null, null,
                                error));
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
