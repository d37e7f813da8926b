package dev.quicksilver.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;
import dev.quicksilver.query.Quicksilver;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auto-configuration's beans, conditions and properties, with migrations off: no statement runs
 * (a {@code Database} opens no connection until first used), so no database is needed.
 */
class QuicksilverAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class,
                    QuicksilverMetricsAutoConfiguration.class, QuicksilverAutoConfiguration.class,
                    QuicksilverMigrationsAutoConfiguration.class, QuicksilverActuatorAutoConfiguration.class))
            .withPropertyValues("quicksilver.migrations.enabled=false");

    @Test
    void buildsTheDatabaseOnSpringBootsPoolAndTheQuicksilverFacade() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Database.class).hasSingleBean(Quicksilver.class);
            ConnectionFactory springFactory = context.getBean(ConnectionFactory.class);
            Database database = context.getBean(Database.class);
            assertThat(springFactory).isInstanceOf(ConnectionPool.class);
            // Spring Boot's pool is used as it is: no pool over the pool.
            assertThat(database.connectionFactory()).isSameAs(springFactory);
            assertThat(database.poolStats()).isPresent();
            assertThat(database.dialect().name()).isEqualToIgnoringCase("H2");
            assertThat(context).doesNotHaveBean(MigrationRunner.class)
                    .doesNotHaveBean(QuicksilverMigrationsInitializer.class);
        });
    }

    @Test
    void poolsAFactoryThatDoesNotPoolAndClosesThatPoolWithTheContext() {
        Database[] database = new Database[1];
        runner.withPropertyValues("spring.r2dbc.pool.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            database[0] = context.getBean(Database.class);
            assertThat(context.getBean(ConnectionFactory.class)).isNotInstanceOf(ConnectionPool.class);
            assertThat(database[0].connectionFactory()).isInstanceOf(ConnectionPool.class);
            assertThat(database[0].poolStats()).isPresent();
        });
        assertThat(((ConnectionPool) database[0].connectionFactory()).isDisposed()).isTrue();
    }

    @Test
    void leavesSpringBootsPoolToSpring() {
        Database[] database = new Database[1];
        runner.run(context -> database[0] = context.getBean(Database.class));
        // the pool is Spring Boot's bean: Spring disposes it when the context closes
        assertThat(((ConnectionPool) database[0].connectionFactory()).isDisposed()).isTrue();
    }

    @Test
    void takesTheDatabaseOptionsFromProperties() {
        runner.withPropertyValues("quicksilver.database.name=shop", "quicksilver.database.slow-statement-threshold=250ms",
                        "quicksilver.database.default-fetch-size=500", "quicksilver.database.parameters-observed=true")
                .run(context -> {
                    DatabaseOptions options = context.getBean(Database.class).options();
                    assertThat(options.name()).isEqualTo("shop");
                    assertThat(options.slowStatementThreshold()).isEqualTo(Duration.ofMillis(250));
                    assertThat(options.defaultFetchSize()).isEqualTo(500);
                    assertThat(options.parametersObserved()).isTrue();
                });
    }

    @Test
    void customizersAdjustTheOptions() {
        runner.withBean(DatabaseOptionsCustomizer.class, () -> options -> options.name("customized"))
                .run(context -> assertThat(context.getBean(Database.class).options().name()).isEqualTo("customized"));
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnBeans() {
        runner.withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Database.class).hasSingleBean(Quicksilver.class);
            assertThat(context.getBean(Database.class)).isSameAs(context.getBean("ownDatabase"));
            assertThat(context.getBean(Quicksilver.class)).isSameAs(context.getBean("ownQuicksilver"));
            // the application's database is the application's to close
            assertThat(context).doesNotHaveBean("quicksilverDatabaseCloser");
        });
    }

    @Test
    void theHealthIndicatorIsOnUnlessTurnedOff() {
        runner.run(context -> assertThat(context).hasSingleBean(QuicksilverHealthIndicator.class));
        runner.withPropertyValues("management.health.quicksilver.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(QuicksilverHealthIndicator.class));
    }

    @Test
    void backsOffWithoutAConnectionFactory() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(QuicksilverAutoConfiguration.class,
                        QuicksilverMigrationsAutoConfiguration.class, QuicksilverActuatorAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Database.class)
                        .doesNotHaveBean(Quicksilver.class).doesNotHaveBean(MigrationRunner.class));
    }

    @Test
    void migrationSettingsComeFromProperties() {
        QuicksilverProperties.MigrationsProperties properties = new QuicksilverProperties.MigrationsProperties();
        properties.setLocations(List.of("classpath:db/a", "classpath:db/b"));
        properties.setOutOfOrder(true);
        properties.setSchema("app");
        properties.setTable("history");
        properties.setBaselineVersion("3");
        properties.setPlaceholders(Map.of("owner", "me"));
        MigrationSettings settings = MigrationStartup.settings(properties);
        assertThat(settings.locations()).containsExactly("classpath:db/a", "classpath:db/b");
        assertThat(settings.outOfOrder()).isTrue();
        assertThat(settings.schema()).isEqualTo("app");
        assertThat(settings.historyTable()).isEqualTo("history");
        assertThat(settings.baselineVersion()).hasToString("3");
        assertThat(settings.placeholders()).containsEntry("owner", "me");
    }

    @Test
    void migrationSettingsAndRunnerBackOffToTheApplications() {
        MigrationSettings own = MigrationSettings.builder().location("classpath:db/own").build();
        runner.withPropertyValues("quicksilver.migrations.enabled=true")
                .withBean("ownSettings", MigrationSettings.class, () -> own)
                // no statement may run in this test: an empty location has nothing to apply, but the
                // history would still be created, so the initializer is replaced by the user's runner
                .withBean("ownRunner", MigrationRunner.class, () -> new NoOpRunner())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MigrationSettings.class)).isSameAs(own);
                    assertThat(context.getBean(MigrationRunner.class)).isInstanceOf(NoOpRunner.class);
                });
    }

    @Test
    void publishesConfigurationMetadataForIdeCompletion() throws Exception {
        try (InputStream metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(metadata).isNotNull();
            String json = new String(metadata.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"quicksilver.database.slow-statement-threshold\"",
                    "\"quicksilver.database.default-fetch-size\"", "\"quicksilver.database.parameters-observed\"",
                    "\"quicksilver.migrations.enabled\"", "\"quicksilver.migrations.locations\"",
                    "\"quicksilver.migrations.baseline-on-migrate\"", "\"quicksilver.migrations.out-of-order\"",
                    "\"quicksilver.migrations.placeholders\"", "\"quicksilver.migrations.tenants\"",
                    "\"quicksilver.repositories.enabled\"",
                    "Rows fetched per round trip");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {

        @Bean
        Database ownDatabase(ConnectionFactory connectionFactory) {
            return Database.from(connectionFactory, DatabaseOptions.builder().name("own").build());
        }

        @Bean
        Quicksilver ownQuicksilver(Database database) {
            return Quicksilver.of(database);
        }
    }

    /** A runner with nothing to do. */
    static final class NoOpRunner implements MigrationRunner {

        @Override
        public reactor.core.publisher.Mono<dev.quicksilver.migrations.MigrationReport> migrate() {
            return reactor.core.publisher.Mono.empty();
        }

        @Override
        public reactor.core.publisher.Flux<dev.quicksilver.migrations.MigrationInfo> info() {
            return reactor.core.publisher.Flux.empty();
        }

        @Override
        public reactor.core.publisher.Flux<String> dryRun() {
            return reactor.core.publisher.Flux.empty();
        }

        @Override
        public reactor.core.publisher.Mono<Void> validate() {
            return reactor.core.publisher.Mono.empty();
        }

        @Override
        public reactor.core.publisher.Mono<Void> baseline() {
            return reactor.core.publisher.Mono.empty();
        }

        @Override
        public reactor.core.publisher.Mono<dev.quicksilver.migrations.RepairReport> repair() {
            return reactor.core.publisher.Mono.empty();
        }
    }
}
