package dev.quicksilver.spring.boot;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.ReadReplicas;
import dev.quicksilver.query.Quicksilver;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Builds a Quicksilver {@link Database} on the application's R2DBC {@link ConnectionFactory} (Spring
 * Boot's, from {@code spring.r2dbc.*}, or embedded H2 when no URL is set and r2dbc-h2 is present) and a
 * {@link Quicksilver} on it. Each backs off when the application defines its own bean of that type.
 *
 * <p>Pooling: Spring Boot's factory is an r2dbc-pool {@code ConnectionPool} by default
 * ({@code spring.r2dbc.pool.*}); Quicksilver then uses it as it is, never pooling a pool, and leaves
 * closing it to Spring. When the factory does not pool ({@code spring.r2dbc.pool.enabled=false}),
 * Quicksilver pools it with its default {@code PoolSettings} and closes that pool when the context closes.
 */
@AutoConfiguration(after = R2dbcAutoConfiguration.class)
@ConditionalOnClass({Database.class, ConnectionFactory.class})
@EnableConfigurationProperties(QuicksilverProperties.class)
public class QuicksilverAutoConfiguration {

    /** Created by Spring. */
    public QuicksilverAutoConfiguration() {
    }

    /**
     * The database, from the connection factory, the {@code quicksilver.database.*} properties and every
     * {@link DatabaseOptionsCustomizer}.
     *
     * @param connectionFactory the application's connection factory
     * @param properties the properties
     * @param customizers the customizers, in order
     * @param replica the read replica, if {@code quicksilver.replica.url} is set
     * @return the database (routing read-only work to the replica when there is one)
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    @ConditionalOnBean(ConnectionFactory.class)
    public Database quicksilverDatabase(ConnectionFactory connectionFactory, QuicksilverProperties properties,
                                        ObjectProvider<DatabaseOptionsCustomizer> customizers,
                                        ObjectProvider<QuicksilverReplica> replica) {
        Database primary = Database.from(connectionFactory, DatabaseOptionsFactory.create(properties.getDatabase(),
                customizers.orderedStream().toList()));
        QuicksilverReplica readReplica = replica.getIfAvailable();
        if (readReplica == null) {
            return primary;
        }
        if (primary.connectionFactory() != connectionFactory && !(connectionFactory instanceof ConnectionPool)) {
            readReplica.closeWith(primary);
        }
        return ReadReplicas.database(primary, readReplica.database());
    }

    /**
     * The read replica ({@code quicksilver.replica.url}), with the primary's options and a pool of its own;
     * the auto-configured database sends read-only transactions there.
     *
     * @param properties the properties
     * @param customizers the customizers, as for the primary
     * @return the replica
     */
    @Bean
    @ConditionalOnProperty(prefix = "quicksilver.replica", name = "url")
    QuicksilverReplica quicksilverReplica(QuicksilverProperties properties,
                                          ObjectProvider<DatabaseOptionsCustomizer> customizers) {
        return new QuicksilverReplica(properties.getReplica(), DatabaseOptionsFactory.create(properties.getDatabase(),
                customizers.orderedStream().toList()));
    }

    /**
     * Closes the pool Quicksilver made when the context closes: only for the auto-configured database, and
     * only when it pools a factory that did not pool; a pool Spring created is Spring's to close, and a
     * database of the application's is the application's.
     *
     * @param database the auto-configured database
     * @param connectionFactory the factory it was built on
     * @param replica the read replica, if configured (it closes the primary's pool then)
     * @return the closer
     */
    @Bean
    @ConditionalOnBean(name = "quicksilverDatabase")
    public DisposableBean quicksilverDatabaseCloser(@Qualifier("quicksilverDatabase") Database database,
                                                    ConnectionFactory connectionFactory,
                                                    ObjectProvider<QuicksilverReplica> replica) {
        // With a replica, the replica closes the primary's own pool (the routed database closes nothing).
        boolean ownPool = !(connectionFactory instanceof ConnectionPool)
                && database.connectionFactory() != connectionFactory && replica.getIfAvailable() == null;
        return () -> {
            if (ownPool) {
                database.close().block();
            }
        };
    }

    /**
     * The entry point of queries and writes on the database.
     *
     * @param database the database
     * @return the Quicksilver facade
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(Database.class)
    public Quicksilver quicksilver(Database database) {
        return Quicksilver.of(database);
    }

    /**
     * Joins Spring's reactive transactions ({@code @Transactional}, {@code TransactionalOperator} over
     * {@code R2dbcTransactionManager}) when spring-r2dbc is on the class path: statements of the
     * auto-configured database inside one run on Spring's connection.
     */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.r2dbc.connection.R2dbcTransactionManager",
            "org.springframework.transaction.reactive.TransactionSynchronizationManager"})
    static class SpringTransactionsConfiguration {

        /**
         * Sets {@link SpringReactiveTransactions} keyed by the application's connection factory, the one Spring
         * Boot's {@code R2dbcTransactionManager} uses. Ordered first, so a later customizer can replace or
         * remove it ({@code externalTransactions(null)}).
         *
         * @param connectionFactory the application's connection factory
         * @return the customizer
         */
        @Bean
        @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
        @ConditionalOnBean(ConnectionFactory.class)
        DatabaseOptionsCustomizer quicksilverSpringTransactions(ConnectionFactory connectionFactory) {
            return options -> options.externalTransactions(new SpringReactiveTransactions(connectionFactory));
        }
    }

    /** Turns the properties into {@link DatabaseOptions}. */
    static final class DatabaseOptionsFactory {

        private DatabaseOptionsFactory() {
        }

        static DatabaseOptions create(QuicksilverProperties.DatabaseProperties properties,
                                      Iterable<DatabaseOptionsCustomizer> customizers) {
            DatabaseOptions.Builder options = DatabaseOptions.builder()
                    .name(properties.getName())
                    .slowStatementThreshold(properties.getSlowStatementThreshold())
                    .parametersObserved(properties.isParametersObserved())
                    .defaultFetchSize(properties.getDefaultFetchSize());
            customizers.forEach(customizer -> customizer.customize(options));
            return options.build();
        }
    }
}
