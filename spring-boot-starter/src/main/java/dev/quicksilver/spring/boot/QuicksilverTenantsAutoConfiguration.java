package dev.quicksilver.spring.boot;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.ExternalTransactions;
import dev.quicksilver.core.micrometer.PoolMeterBinder;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * Database per tenant: when {@code quicksilver.tenants.databases.<tenant>=<r2dbc url>} is set or the application
 * defines a {@link TenantDatabases} bean (which wins), one pooled {@link Database} per tenant
 * ({@link QuicksilverTenants}, pools closed with the context) and, as the application's {@code Database} bean, the
 * tenant-routed {@code Tenants.database(...)} over them — so the {@code Quicksilver} bean and the scanned
 * repositories run every statement on the database of the tenant in the Reactor Context, and a statement without a
 * tenant, or with one not configured, fails with {@code UnknownTenantException}.
 *
 * <p>With it come: every tenant migrated at startup, before the web server ({@code quicksilver.migrations.*}; the
 * single-database migration backs off); in a WebFlux application, a {@code WebFilter} taking the tenant from the
 * {@code quicksilver.tenants.header} request header; the {@code quicksilver} health (one entry per tenant) and the
 * {@code quicksilvermigrations} endpoint (one entry per tenant) when actuator is present; pool gauges per tenant.
 *
 * <p>Spring's reactive transactions: when spring-r2dbc is present and the application has no
 * {@code ReactiveTransactionManager} of its own, the transaction manager is an {@code R2dbcTransactionManager} on the
 * routed database's connection factory (Spring Boot's, on the {@code ConnectionFactory} bean, backs off), so
 * {@code @Transactional} and {@code TransactionalOperator} begin on the connection of the Reactor Context's tenant
 * and Quicksilver's statements join it.
 */
@AutoConfiguration(before = {QuicksilverAutoConfiguration.class, QuicksilverMigrationsAutoConfiguration.class,
        QuicksilverActuatorAutoConfiguration.class, QuicksilverRepositoriesAutoConfiguration.class},
        beforeName = "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
        after = QuicksilverMetricsAutoConfiguration.class)
@ConditionalOnClass(Database.class)
@Conditional(QuicksilverTenantsAutoConfiguration.TenantsConfigured.class)
@EnableConfigurationProperties({QuicksilverProperties.class, QuicksilverTenantsProperties.class})
public class QuicksilverTenantsAutoConfiguration {

    /** Whether Spring's R2DBC transactions are on the class path. */
    private static final boolean SPRING_R2DBC = ClassUtils.isPresent(
            "org.springframework.r2dbc.connection.R2dbcTransactionManager",
            QuicksilverTenantsAutoConfiguration.class.getClassLoader())
            && ClassUtils.isPresent("org.springframework.transaction.reactive.TransactionSynchronizationManager",
            QuicksilverTenantsAutoConfiguration.class.getClassLoader());

    /** Created by Spring. */
    public QuicksilverTenantsAutoConfiguration() {
    }

    /**
     * Every tenant's database: from the {@link TenantDatabases} bean when there is one, else from
     * {@code quicksilver.tenants.databases.*}; options from {@code quicksilver.database.*} and every
     * {@link DatabaseOptionsCustomizer}, named by the tenant, pooled by {@code quicksilver.tenants.pool.*}, joining
     * only Spring transactions begun on their own connection factory ({@link TenantSpringTransactions}), never the
     * one of the application's {@code ConnectionFactory} bean, which is another database.
     *
     * @param resolver the application's tenants, if it defines them
     * @param tenantsProperties {@code quicksilver.tenants.*}
     * @param properties {@code quicksilver.*}
     * @param customizers the customizers, in order
     * @return the tenants
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public QuicksilverTenants quicksilverTenants(ObjectProvider<TenantDatabases> resolver,
                                                 QuicksilverTenantsProperties tenantsProperties,
                                                 QuicksilverProperties properties,
                                                 ObjectProvider<DatabaseOptionsCustomizer> customizers) {
        List<DatabaseOptionsCustomizer> ordered = customizers.orderedStream().toList();
        DatabaseOptions base = QuicksilverAutoConfiguration.DatabaseOptionsFactory.create(properties.getDatabase(),
                ordered);
        var pool = QuicksilverTenants.poolSettings(tenantsProperties.getPool());
        @Nullable ExternalTransactions transactions = SPRING_R2DBC ? new TenantSpringTransactions() : null;
        Function<String, DatabaseOptions> options = tenant -> base.mutate().name(tenant).pool(pool)
                .externalTransactions(transactions).build();
        TenantDatabases databases = resolver.getIfAvailable();
        return databases != null ? QuicksilverTenants.fromConnectionFactories(databases.connectionFactories(), options)
                : QuicksilverTenants.fromUrls(tenantsProperties.getDatabases(), options);
    }

    /**
     * The application's database: routed to the tenant in the Reactor Context. Closing it closes nothing.
     *
     * @param tenants the tenants
     * @return the routed database
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    public Database quicksilverTenantsDatabase(QuicksilverTenants tenants) {
        return tenants.routed();
    }

    /** Every tenant migrated at startup, unless {@code quicksilver.migrations.enabled=false}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MigrationRunner.class)
    @ConditionalOnProperty(prefix = "quicksilver.migrations", name = "enabled", matchIfMissing = true)
    @Import(DatabaseInitializationDependencyConfigurer.class)
    static class MigrationsConfiguration {

        /**
         * The settings of every tenant's migrations, from {@code quicksilver.migrations.*}
         * ({@code tenants}, {@code tenant-parallelism} aside: those are schemas of one database).
         *
         * @param properties the properties
         * @return the settings
         */
        @Bean
        @ConditionalOnMissingBean
        MigrationSettings quicksilverMigrationSettings(QuicksilverProperties properties) {
            return MigrationStartup.settings(properties.getMigrations());
        }

        /**
         * Migrates every tenant while the context refreshes (blocking, before the web server starts).
         *
         * @param tenants the tenants
         * @param settings the settings
         * @param properties the properties ({@code tenant-parallelism})
         * @return the startup step, known to Spring Boot as a database initialiser
         */
        @Bean
        QuicksilverMigrationsInitializer quicksilverMigrationsInitializer(QuicksilverTenants tenants,
                                                                          MigrationSettings settings,
                                                                          QuicksilverProperties properties) {
            return new QuicksilverMigrationsInitializer(new TenantMigrationStartup(tenants, settings,
                    properties.getMigrations().getTenantParallelism()));
        }

        /** The per-tenant migrations endpoint, when actuator is present. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(Endpoint.class)
        static class EndpointConfiguration {

            /**
             * The endpoint.
             *
             * @param tenants the tenants
             * @param settings the settings
             * @return the endpoint
             */
            @Bean
            @ConditionalOnMissingBean
            QuicksilverTenantMigrationsEndpoint quicksilverTenantMigrationsEndpoint(QuicksilverTenants tenants,
                                                                                   MigrationSettings settings) {
                return new QuicksilverTenantMigrationsEndpoint(tenants, settings);
            }
        }
    }

    /** Spring's reactive transactions on the tenant of the Reactor Context. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.r2dbc.connection.R2dbcTransactionManager",
            "org.springframework.transaction.reactive.TransactionSynchronizationManager"})
    static class SpringTransactionsConfiguration {

        /**
         * The transaction manager of a tenants application: on the routed database's connection factory, so a
         * transaction begins on the tenant's database and Quicksilver's statements join it.
         *
         * @param tenants the tenants
         * @return the transaction manager
         */
        @Bean
        @ConditionalOnMissingBean(org.springframework.transaction.ReactiveTransactionManager.class)
        org.springframework.r2dbc.connection.R2dbcTransactionManager quicksilverTenantsTransactionManager(
                QuicksilverTenants tenants) {
            return new org.springframework.r2dbc.connection.R2dbcTransactionManager(
                    tenants.routed().connectionFactory());
        }
    }

    /** The tenant header of a WebFlux application. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.web.server.WebFilter")
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    static class WebFluxConfiguration {

        /**
         * The filter putting the header's tenant into the Reactor Context.
         *
         * @param tenants the tenants
         * @param properties {@code quicksilver.tenants.*}
         * @return the filter
         */
        @Bean
        @ConditionalOnMissingBean(name = "quicksilverTenantWebFilter")
        TenantWebFilter quicksilverTenantWebFilter(QuicksilverTenants tenants, QuicksilverTenantsProperties properties) {
            return new TenantWebFilter(tenants, properties.getHeader(), List.copyOf(properties.getExcludedPaths()));
        }
    }

    /** Health per tenant, when Spring Boot's health module is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ReactiveHealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("quicksilver")
    static class HealthConfiguration {

        /**
         * The {@code quicksilver} health: one {@link QuicksilverHealthIndicator} per tenant, named by the tenant.
         * Replaces the single-database indicator (same bean name).
         *
         * @param tenants the tenants
         * @return the composite
         */
        @Bean(name = "quicksilverHealthIndicator")
        @ConditionalOnMissingBean(name = "quicksilverHealthIndicator")
        ReactiveHealthContributor quicksilverHealthIndicator(QuicksilverTenants tenants) {
            return CompositeReactiveHealthContributor.fromMap(tenants.databases(), QuicksilverHealthIndicator::new);
        }
    }

    /** Pool gauges per tenant, when Micrometer is present and a registry exists. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class PoolMetricsConfiguration {

        /**
         * Binds every tenant's pool gauges ({@code quicksilver.pool.*}, tagged with the tenant's name).
         *
         * @param tenants the tenants
         * @param registries the meter registries
         * @return the binder
         */
        @Bean
        SmartInitializingSingleton quicksilverTenantPoolMetrics(QuicksilverTenants tenants,
                                                               ObjectProvider<MeterRegistry> registries) {
            return () -> {
                MeterRegistry registry = registries.getIfUnique();
                if (registry != null) {
                    tenants.databases().values().forEach(database -> PoolMeterBinder.of(database).bindTo(registry));
                }
            };
        }
    }

    /** Tenants are configured: by a {@link TenantDatabases} bean or by {@code quicksilver.tenants.databases.*}. */
    static final class TenantsConfigured extends AnyNestedCondition {

        TenantsConfigured() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(TenantDatabases.class)
        static final class ByBean {
        }

        @Conditional(DatabasesProperty.class)
        static final class ByProperties {
        }
    }

    /** {@code quicksilver.tenants.databases} holds at least one tenant. */
    static final class DatabasesProperty extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            boolean set = Binder.get(context.getEnvironment())
                    .bind("quicksilver.tenants.databases", Bindable.mapOf(String.class, String.class))
                    .map(Map::isEmpty).map(empty -> !empty).orElse(false);
            return set ? ConditionOutcome.match("quicksilver.tenants.databases is set")
                    : ConditionOutcome.noMatch("quicksilver.tenants.databases is not set");
        }
    }
}
