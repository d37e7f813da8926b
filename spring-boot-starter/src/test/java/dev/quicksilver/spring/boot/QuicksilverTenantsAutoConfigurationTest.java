package dev.quicksilver.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.query.Quicksilver;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.transaction.ReactiveTransactionManager;

/**
 * The tenants' beans and conditions with migrations off: no statement runs, so no database is needed
 * (the tests on real databases are {@code TenantsTestKit}'s).
 */
class QuicksilverTenantsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class,
                    QuicksilverMetricsAutoConfiguration.class, QuicksilverAutoConfiguration.class,
                    QuicksilverMigrationsAutoConfiguration.class, QuicksilverActuatorAutoConfiguration.class,
                    QuicksilverTenantsAutoConfiguration.class))
            .withPropertyValues("quicksilver.migrations.enabled=false");

    private static String h2() {
        return "r2dbc:h2:mem:///tenant-" + UUID.randomUUID();
    }

    @Test
    void withoutTenantsNothingChanges() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(QuicksilverTenants.class)
                    .hasSingleBean(Database.class).hasBean("quicksilverDatabase");
            assertThat(context.getBean(Database.class).connectionFactory())
                    .isSameAs(context.getBean(ConnectionFactory.class));
        });
    }

    @Test
    void tenantsFromPropertiesMakeTheApplicationsDatabaseTheRoutedOne() {
        runner.withPropertyValues("quicksilver.tenants.databases.acme=" + h2(),
                "quicksilver.tenants.databases.globex=" + h2(), "quicksilver.tenants.pool.max-size=3").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(QuicksilverTenants.class).hasSingleBean(Database.class)
                    .hasSingleBean(Quicksilver.class).doesNotHaveBean("quicksilverDatabase")
                    .doesNotHaveBean(MigrationRunner.class);
            QuicksilverTenants tenants = context.getBean(QuicksilverTenants.class);
            assertThat(tenants.names()).containsExactly("acme", "globex");
            assertThat(context.getBean(Database.class)).isSameAs(tenants.routed());
            Database acme = tenants.database("acme").orElseThrow();
            assertThat(acme.options().name()).isEqualTo("acme");
            assertThat(acme.poolStats()).hasValueSatisfying(stats -> assertThat(stats.max()).isEqualTo(3));
            // a tenant's database joins only Spring transactions begun on its own factory, never one on Spring
            // Boot's ConnectionFactory bean (another database); the tenants' transaction manager is on the routed one
            assertThat(acme.options().externalTransactions()).isInstanceOf(TenantSpringTransactions.class);
            assertThat(context.getBean("quicksilverTenantsTransactionManager", R2dbcTransactionManager.class)
                    .getConnectionFactory()).isSameAs(tenants.routed().connectionFactory());
            assertThat(tenants.database("initech")).isEmpty();
        });
    }

    @Test
    void closesTheTenantPoolsItMadeWithTheContext() {
        Database[] acme = new Database[1];
        runner.withPropertyValues("quicksilver.tenants.databases.acme=" + h2())
                .run(context -> acme[0] = context.getBean(QuicksilverTenants.class).database("acme").orElseThrow());
        assertThat(((ConnectionPool) acme[0].connectionFactory()).isDisposed()).isTrue();
    }

    @Test
    void aTenantDatabasesBeanWinsOverThePropertiesAndKeepsItsOwnPools() {
        ConnectionPool initechPool = new ConnectionPool(
                io.r2dbc.pool.ConnectionPoolConfiguration.builder(ConnectionFactories.get(h2())).build());
        runner.withPropertyValues("quicksilver.tenants.databases.acme=" + h2())
                .withBean(TenantDatabases.class, () -> () -> {
                    Map<String, ConnectionFactory> factories = new LinkedHashMap<>();
                    factories.put("initech", initechPool);
                    factories.put("umbrella", ConnectionFactories.get(h2()));
                    return factories;
                })
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    QuicksilverTenants tenants = context.getBean(QuicksilverTenants.class);
                    assertThat(tenants.names()).containsExactly("initech", "umbrella");
                    assertThat(tenants.database("initech").orElseThrow().connectionFactory()).isSameAs(initechPool);
                });
        assertThat(initechPool.isDisposed()).isFalse();
        initechPool.dispose();
    }

    @Test
    void anApplicationsOwnDatabaseStillWins() {
        runner.withPropertyValues("quicksilver.tenants.databases.acme=" + h2())
                .withUserConfiguration(OwnDatabase.class).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Database.class);
                    assertThat(context.getBean(Database.class)).isSameAs(context.getBean(OwnDatabase.class).database);
                });
    }

    @Test
    void anApplicationsOwnTransactionManagerWins() {
        runner.withPropertyValues("quicksilver.tenants.databases.acme=" + h2())
                .withBean("ownTransactionManager", ReactiveTransactionManager.class,
                        () -> new R2dbcTransactionManager(ConnectionFactories.get(h2())))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(ReactiveTransactionManager.class)
                        .hasBean("ownTransactionManager"));
    }

    @Test
    void noWebFilterOutsideAReactiveWebApplication() {
        runner.withPropertyValues("quicksilver.tenants.databases.acme=" + h2())
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TenantWebFilter.class));
    }

    @Test
    void theTenantPropertiesHaveMetadata() throws Exception {
        try (var metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            String json = new String(java.util.Objects.requireNonNull(metadata).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(json).contains("\"quicksilver.tenants.databases\"", "\"quicksilver.tenants.header\"",
                    "\"quicksilver.tenants.excluded-paths\"", "\"quicksilver.tenants.pool.max-size\"",
                    "The request header naming the tenant");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnDatabase {

        final Database database = Database.connect(h2());

        @Bean(destroyMethod = "")
        Database ownDatabase() {
            return database;
        }
    }
}
