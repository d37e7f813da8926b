package dev.quicksilver.core;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Lets a {@link Database} join transactions managed outside Quicksilver (for example Spring's
 * {@code R2dbcTransactionManager}), set with {@link DatabaseOptions.Builder#externalTransactions}.
 *
 * <p>Asked by every statement that is not inside one of this database's own {@code inTransaction} works,
 * before a connection is taken from the pool, and by {@code inTransaction} when it would begin a
 * transaction. A connection it returns is used as it is: Quicksilver never begins, commits, rolls back
 * (except to its own savepoints), releases or closes it — its owner does. Inside such a transaction,
 * {@code inTransaction} with {@code NESTED} propagation (the default) opens a savepoint on that connection;
 * {@code REQUIRES_NEW} still begins a separate transaction on a pooled connection.
 *
 * <p>The default (no hook) costs statements one null check.
 */
@FunctionalInterface
public interface ExternalTransactions {

    /**
     * The connection of the external transaction active for this subscriber, if any.
     *
     * @param context the subscriber's Reactor Context
     * @param connectionFactory the factory the database takes its connections from (its pool)
     * @return the transaction's connection, or empty when no external transaction is active
     */
    Mono<Connection> current(ContextView context, ConnectionFactory connectionFactory);
}
