package dev.quicksilver.core.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.dialect.Dialects;
import dev.quicksilver.core.observation.StatementListener;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Builds a {@link Database}: the driver's connection factory, the pool around it, the dialect from
 * its metadata, and the statement listeners.
 */
public final class DatabaseFactory {

    private DatabaseFactory() {
    }

    /**
     * Creates a database from connection options, with Quicksilver's driver defaults where the options leave
     * them unset ({@link DriverDefaults}).
     *
     * @param connectionOptions the R2DBC options (a URL parsed, or built)
     * @param options the database's options
     * @return the database
     */
    public static Database create(ConnectionFactoryOptions connectionOptions, DatabaseOptions options) {
        ConnectionFactoryOptions withDefaults = DriverDefaults.apply(connectionOptions);
        ConnectionFactory factory = ConnectionFactories.get(withDefaults);
        return create(factory, options, "connection=" + withDefaults);
    }

    /**
     * Creates a database from an existing connection factory.
     *
     * @param connectionFactory the factory
     * @param options the database's options
     * @return the database
     */
    public static Database create(ConnectionFactory connectionFactory, DatabaseOptions options) {
        return create(connectionFactory, options, "connectionFactory=" + connectionFactory.getClass().getName());
    }

    private static Database create(ConnectionFactory factory, DatabaseOptions options, String description) {
        Dialect dialect = options.dialect() != null ? options.dialect()
                : Dialects.forProductName(factory.getMetadata().getName());
        Function<Connection, Mono<Void>> initializer = initializer(dialect);
        ConnectionFactory pooled = pool(factory, options.pool(), oncePerConnection(initializer));
        ConnectionProvider connections = new ConnectionProvider(pooled, options.pool().acquireTimeout(), dialect,
                pooled == factory && !(factory instanceof ConnectionPool) && !(factory instanceof RoutedConnections)
                        ? initializer : null,
                options.externalTransactions());
        List<StatementListener> listeners = new ArrayList<>(options.listeners());
        if (options.slowStatementThreshold() != null) {
            listeners.add(new SlowStatementLog(options.slowStatementThreshold()));
        }
        return new DefaultDatabase(options, dialect, connections, new StatementObservers(listeners),
                description + ", pool=" + (pooled instanceof ConnectionPool ? options.pool() : "none"));
    }

    /** Runs the dialect's connection-init statements on a new connection; nothing when there are none. */
    private static Function<Connection, Mono<Void>> initializer(Dialect dialect) {
        List<String> statements = dialect.connectionInitStatements();
        if (statements.isEmpty()) {
            return connection -> Mono.empty();
        }
        return connection -> SessionStatements.run(connection, statements, dialect);
    }

    /**
     * r2dbc-pool calls its {@code postAllocate} hook on every acquire, not only when it opens a
     * connection: without this guard each statement on H2 ran {@code SET LAZY_QUERY_EXECUTION TRUE}
     * first. The physical connections already initialised are kept weakly, so closed ones are forgotten.
     */
    private static Function<Connection, Mono<Void>> oncePerConnection(Function<Connection, Mono<Void>> initializer) {
        Set<Connection> initialized = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
        return connection -> initialized.contains(connection) ? Mono.empty()
                : initializer.apply(connection).doOnSuccess(done -> initialized.add(connection));
    }

    private static ConnectionFactory pool(ConnectionFactory factory, PoolSettings settings,
                                          Function<Connection, Mono<Void>> initializer) {
        if (factory instanceof ConnectionPool || !settings.enabled()) {
            return factory;
        }
        ConnectionPoolConfiguration.Builder configuration = ConnectionPoolConfiguration.builder(factory)
                .initialSize(settings.initialSize())
                .minIdle(settings.minIdle())
                .maxSize(settings.maxSize())
                .maxAcquireTime(settings.acquireTimeout())
                .maxIdleTime(settings.maxIdleTime())
                .maxLifeTime(settings.maxLifeTime())
                .validationDepth(settings.validationDepth())
                .postAllocate(initializer);
        if (settings.validationQuery() != null) {
            configuration.validationQuery(settings.validationQuery());
        }
        return new ConnectionPool(configuration.build());
    }
}
