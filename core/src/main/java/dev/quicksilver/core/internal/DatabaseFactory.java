package dev.quicksilver.core.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.dialect.Dialects;
import dev.quicksilver.core.observation.StatementListener;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Database}: the driver's connection factory, the pool around it, the dialect from
 * its metadata, and the statement listeners.
 */
public final class DatabaseFactory {

    private DatabaseFactory() {
    }

    /**
     * Creates a database from connection options.
     *
     * @param connectionOptions the R2DBC options (a URL parsed, or built)
     * @param options the database's options
     * @return the database
     */
    public static Database create(ConnectionFactoryOptions connectionOptions, DatabaseOptions options) {
        ConnectionFactory factory = ConnectionFactories.get(connectionOptions);
        return create(factory, options, "connection=" + connectionOptions);
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
        ConnectionFactory pooled = pool(factory, options.pool());
        ConnectionProvider connections = new ConnectionProvider(pooled, options.pool().acquireTimeout());
        List<StatementListener> listeners = new ArrayList<>(options.listeners());
        if (options.slowStatementThreshold() != null) {
            listeners.add(new SlowStatementLog(options.slowStatementThreshold()));
        }
        return new DefaultDatabase(options, dialect, connections, new StatementObservers(listeners),
                description + ", pool=" + (pooled instanceof ConnectionPool ? options.pool() : "none"));
    }

    private static ConnectionFactory pool(ConnectionFactory factory, PoolSettings settings) {
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
                .validationDepth(settings.validationDepth());
        if (settings.validationQuery() != null) {
            configuration.validationQuery(settings.validationQuery());
        }
        return new ConnectionPool(configuration.build());
    }
}
