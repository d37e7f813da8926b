package dev.quicksilver.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.ReadReplicas;
import dev.quicksilver.core.TransactionOptions;
import dev.quicksilver.core.exception.BadSqlException;
import dev.quicksilver.core.micrometer.QuicksilverObservations;
import dev.quicksilver.migrations.MigrationExecutionException;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationState;
import dev.quicksilver.query.Quicksilver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import reactor.test.StepVerifier;

/**
 * The starter in a Spring context on a real database: each dialect subclasses it and says how Spring Boot
 * reaches the database ({@code spring.r2dbc.*}). Each test migrates into schemas of its own.
 */
abstract class StarterTestKit {

    /** The schemas a test created, for {@link #dropSchemas} (PostgreSQL keeps them; H2 is in memory). */
    protected final List<String> schemas = new ArrayList<>();

    /** Properties that point Spring Boot at the database; none for the embedded H2 fallback. */
    protected abstract String[] connectionProperties();

    /** The dialect name the database reports. */
    protected abstract String expectedDialect();

    protected String newSchema() {
        String schema = "qs_starter_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toLowerCase(Locale.ROOT);
        schemas.add(schema);
        return schema;
    }

    protected ApplicationContextRunner runner(String schema) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class,
                        QuicksilverMetricsAutoConfiguration.class, QuicksilverAutoConfiguration.class,
                        QuicksilverMigrationsAutoConfiguration.class, QuicksilverActuatorAutoConfiguration.class))
                .withPropertyValues(connectionProperties())
                .withPropertyValues("quicksilver.migrations.schema=" + schema,
                        "quicksilver.migrations.placeholders.greeting=hello from startup");
    }

    private static String gadgetName(Database database, String schema) {
        return database.sql("SELECT name FROM " + database.dialect().quoteIdentifier(schema) + ".gadget WHERE id = 1")
                .map(row -> row.get(0, String.class)).single().block();
    }

    @Test
    void repositoriesInTheApplicationsPackagesAreBeansBackedByQuicksilver() {
        runner(newSchema()).withUserConfiguration(dev.quicksilver.spring.boot.repos.WidgetApplication.class)
                .withConfiguration(AutoConfigurations.of(QuicksilverRepositoriesAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed()
                            .hasSingleBean(dev.quicksilver.spring.boot.repos.WidgetRepository.class);
                    Database database = context.getBean(Database.class);
                    database.sql("CREATE TABLE \"qs_widget\" (\"id\" INTEGER PRIMARY KEY, \"name\" VARCHAR(40) NOT NULL)")
                            .rowsUpdated().block();
                    try {
                        var widgets = context.getBean(dev.quicksilver.spring.boot.repos.WidgetRepository.class);
                        widgets.insert(new dev.quicksilver.spring.boot.repos.Widget(1, "bolt"))
                                .then(widgets.insert(new dev.quicksilver.spring.boot.repos.Widget(2, "bracket")))
                                .then(widgets.insert(new dev.quicksilver.spring.boot.repos.Widget(3, "nut"))).block();
                        assertThat(widgets.findByNameStartingWithOrderByIdAsc("b")
                                .map(dev.quicksilver.spring.boot.repos.Widget::name).collectList().block())
                                .containsExactly("bolt", "bracket");
                        assertThat(widgets.count().block()).isEqualTo(3);
                    } finally {
                        database.sql("DROP TABLE \"qs_widget\"").rowsUpdated().block();
                    }
                });
        // turned off: no repository beans
        runner(newSchema()).withUserConfiguration(dev.quicksilver.spring.boot.repos.WidgetApplication.class)
                .withConfiguration(AutoConfigurations.of(QuicksilverRepositoriesAutoConfiguration.class))
                .withPropertyValues("quicksilver.repositories.enabled=false")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(dev.quicksilver.spring.boot.repos.WidgetRepository.class));
    }

    @Test
    void aRepositoryMethodThatDoesNotParseStopsStartupNamingTheMethodAndTheWord() {
        runner(newSchema()).withUserConfiguration(dev.quicksilver.spring.boot.broken.BrokenApplication.class)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("BrokenRepository.findByNmae")
                        .hasMessageContaining("nmae"));
    }

    @Test
    void migrationsRanBeforeTheContextWasReady() {
        String schema = newSchema();
        runner(schema).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Database.class).hasSingleBean(Quicksilver.class)
                    .hasSingleBean(MigrationRunner.class);
            Database database = context.getBean(Database.class);
            assertThat(database.dialect().name()).isEqualToIgnoringCase(expectedDialect());
            // The migrations' table and the row its seed wrote with the placeholder were there at startup.
            assertThat(gadgetName(database, schema)).isEqualTo("hello from startup");
            assertThat(context.getBean(MigrationRunner.class).info().map(info -> info.state()).collectList().block())
                    .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
        });
    }

    @Test
    void beansThatDependOnTheDatabaseAreCreatedAfterTheMigrations() {
        String schema = newSchema();
        // Application beans are created before auto-configured ones: without Spring Boot's
        // database-initialisation ordering these would read before the table existed.
        runner(schema).withPropertyValues("test.schema=" + schema)
                .withUserConfiguration(ReadsAtStartup.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    // the order is declared, not an accident of registration order
                    assertThat(context.getBeanFactory().getBeanDefinition("quicksilver").getDependsOn())
                            .contains("quicksilverMigrationsInitializer");
                    assertThat(context.getBeanFactory().getBeanDefinition("readsThroughDatabase").getDependsOn())
                            .contains("quicksilverMigrationsInitializer");
                    assertThat(context.getBean(ReadsThroughQuicksilver.class).name()).isEqualTo("hello from startup");
                    assertThat(context.getBean(ReadsThroughDatabase.class).name()).isEqualTo("hello from startup");
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class ReadsAtStartup {

        @Bean
        ReadsThroughQuicksilver readsThroughQuicksilver(Quicksilver quicksilver, Environment environment) {
            return new ReadsThroughQuicksilver(gadgetName(quicksilver.database(), environment.getProperty("test.schema")));
        }

        @Bean
        @DependsOnDatabaseInitialization
        ReadsThroughDatabase readsThroughDatabase(Database database, Environment environment) {
            return new ReadsThroughDatabase(gadgetName(database, environment.getProperty("test.schema")));
        }
    }

    record ReadsThroughQuicksilver(String name) {
    }

    record ReadsThroughDatabase(String name) {
    }

    @Test
    void aBrokenMigrationStopsStartupWithTheMigrationsError() {
        String schema = newSchema();
        runner(schema).withPropertyValues("quicksilver.migrations.locations=classpath:db/broken").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            MigrationExecutionException migrationError = findCause(failure, MigrationExecutionException.class);
            assertThat(migrationError).as("the migration's error in the startup failure's causes").isNotNull();
            assertThat(migrationError.script()).endsWith("V2__broken.sql");
            assertThat(migrationError.getMessage()).contains("V2__broken.sql");
        });
    }

    @Test
    void migrationsCanBeTurnedOff() {
        String schema = newSchema();
        runner(schema).withPropertyValues("quicksilver.migrations.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(MigrationRunner.class)
                    .doesNotHaveBean(QuicksilverMigrationsEndpoint.class);
            Database database = context.getBean(Database.class);
            Long tables = database.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = :schema")
                    .bind("schema", schema).map(row -> row.get(0, Long.class)).single().block();
            assertThat(tables).isZero();
        });
    }

    @Test
    void everyTenantSchemaIsMigrated() {
        String acme = newSchema();
        String globex = newSchema();
        runner(newSchema()).withPropertyValues("quicksilver.migrations.tenants=" + acme + "," + globex).run(context -> {
            assertThat(context).hasNotFailed();
            Database database = context.getBean(Database.class);
            assertThat(gadgetName(database, acme)).isEqualTo("hello from startup");
            assertThat(gadgetName(database, globex)).isEqualTo("hello from startup");
        });
    }

    /** A URL of a database (PostgreSQL: the schema, created here) separate from the application's. */
    protected abstract String separateDatabaseUrl(String schema);

    @Test
    void readOnlyTransactionsRunOnTheReplica() {
        String replicaUrl = separateDatabaseUrl(newSchema());
        Database setup = Database.connect(replicaUrl);
        try {
            setup.sql("CREATE TABLE replica_marker (id INTEGER)").rowsUpdated().block();
            setup.sql("INSERT INTO replica_marker (id) VALUES (7)").rowsUpdated().block();
        } finally {
            setup.close().block();
        }
        runner(newSchema()).withPropertyValues("quicksilver.replica.url=" + replicaUrl,
                        "quicksilver.replica.max-pool-size=3")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(QuicksilverReplica.class);
                    Database database = context.getBean(Database.class);
                    TransactionOptions readOnly = TransactionOptions.builder().readOnly(true).build();
                    assertThat(database.inTransaction(readOnly, tx -> database.sql("SELECT id FROM replica_marker")
                            .map(row -> row.get(0, Integer.class))).blockFirst()).isEqualTo(7);
                    assertThat(database.sql("SELECT id FROM replica_marker").map(row -> row.get(0, Integer.class))
                            .contextWrite(ReadReplicas.readOnly()).blockFirst()).isEqualTo(7);
                    // Not on the primary: the table is only on the replica.
                    StepVerifier.create(database.sql("SELECT id FROM replica_marker").rowsUpdated())
                            .expectError(BadSqlException.class).verify();
                    assertThat(context.getBean(QuicksilverReplica.class).database().poolStats().orElseThrow()
                            .max()).isEqualTo(3);
                });
    }

    @Test
    void theApplicationsDatabaseIsMigratedAndUsed() {
        String schema = newSchema();
        runner(schema).withBean("ownDatabase", Database.class,
                        () -> Database.connect(ownDatabaseUrl()))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Database.class);
                    Database own = (Database) context.getBean("ownDatabase");
                    assertThat(context.getBean(Quicksilver.class)).isNotNull();
                    assertThat(gadgetName(own, schema)).isEqualTo("hello from startup");
                    own.close().block();
                });
    }

    @Test
    void baselineOnMigrateAdoptsAnExistingSchema() {
        String schema = newSchema();
        Database own = Database.connect(ownDatabaseUrl());
        try {
            // a database whose schema V1 would create already exists, with no history
            String quoted = own.dialect().quoteIdentifier(schema);
            own.sql("CREATE SCHEMA " + quoted).rowsUpdated().block();
            own.sql("CREATE TABLE " + quoted + ".gadget (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)")
                    .rowsUpdated().block();
            runner(schema).withPropertyValues("quicksilver.migrations.baseline-on-migrate=true",
                            "quicksilver.migrations.baseline-version=1")
                    .withBean("ownDatabase", Database.class, () -> own)
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBean(MigrationRunner.class).info().map(info -> info.state())
                                .collectList().block())
                                .containsExactly(MigrationState.BASELINE, MigrationState.BELOW_BASELINE,
                                        MigrationState.APPLIED);
                        assertThat(gadgetName(own, schema)).isEqualTo("hello from startup");
                    });
            // a second start finds the history and does not baseline again
            runner(schema).withPropertyValues("quicksilver.migrations.baseline-on-migrate=true")
                    .withBean("ownDatabase", Database.class, () -> own)
                    .run(context -> assertThat(context).hasNotFailed());
        } finally {
            own.close().block();
        }
    }

    /** A URL for a database the application builds itself. */
    protected abstract String ownDatabaseUrl();

    @Test
    void statementsAreObservedAndThePoolIsMeasured() {
        String schema = newSchema();
        runner(schema).withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(ObservationRegistry.class, () -> ObservationRegistry.create())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    // a test set-up: Spring Boot's observation auto-configuration would attach this handler
                    context.getBean(ObservationRegistry.class).observationConfig()
                            .observationHandler(new DefaultMeterObservationHandler(meters));
                    Database database = context.getBean(Database.class);
                    assertThat(gadgetName(database, schema)).isNotNull();
                    Timer statements = meters.find(QuicksilverObservations.OBSERVATION_NAME).timer();
                    assertThat(statements).as("the statement timer").isNotNull();
                    assertThat(statements.count()).isGreaterThanOrEqualTo(1);
                    assertThat(meters.find("quicksilver.pool.max").gauge()).as("the pool gauge").isNotNull();
                    assertThat(meters.find("quicksilver.pool.max").gauge().value()).isPositive();
                });
    }

    @Test
    void springBootsOwnObservationAndMetricsSeeTheStatements() {
        String schema = newSchema();
        runner(schema).withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                        MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Database database = context.getBean(Database.class);
                    assertThat(gadgetName(database, schema)).isNotNull();
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    Timer statements = meters.find(QuicksilverObservations.OBSERVATION_NAME)
                            .tag("db.operation", "SELECT").timer();
                    assertThat(statements).as("the statement timer, with no handler set up by the test").isNotNull();
                    assertThat(statements.count()).isGreaterThanOrEqualTo(1);
                    assertThat(meters.find("quicksilver.pool.acquired").tag("database", "default").gauge()).isNotNull();
                });
    }

    @Test
    void healthIsUpAndTheEndpointListsTheMigrations() {
        String schema = newSchema();
        runner(schema).run(context -> {
            assertThat(context).hasNotFailed();
            Health health = context.getBean(QuicksilverHealthIndicator.class).health().block();
            assertThat(health).isNotNull();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("database", "default");
            QuicksilverMigrationsEndpoint.MigrationsDescriptor migrations =
                    context.getBean(QuicksilverMigrationsEndpoint.class).migrations().block();
            assertThat(migrations).isNotNull();
            assertThat(migrations.applied()).isEqualTo(2);
            assertThat(migrations.pending()).isZero();
            assertThat(migrations.migrations()).extracting(QuicksilverMigrationsEndpoint.MigrationDescriptor::script)
                    .anySatisfy(script -> assertThat(script).endsWith("V1__create_gadget.sql"));
        });
    }

    @Test
    void healthIsDownWhenTheDatabaseIsClosed() {
        String schema = newSchema();
        runner(schema).withPropertyValues("quicksilver.migrations.enabled=false")
                .withBean("ownDatabase", Database.class, () -> Database.connect(ownDatabaseUrl()))
                .run(context -> {
                    Database own = context.getBean(Database.class);
                    own.close().block();
                    Health health = context.getBean(QuicksilverHealthIndicator.class).health().block();
                    assertThat(health).isNotNull();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                });
    }

    static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
