package dev.quicksilver.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.Tenants;
import dev.quicksilver.core.exception.UnknownTenantException;
import dev.quicksilver.migrations.TenantMigrationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.config.EnableWebFlux;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * A database per tenant through the starter on a real database: each dialect subclasses it and says how to make a
 * fresh, empty database for a tenant (an H2 in-memory database, a PostgreSQL schema). Two tenants, {@code acme}
 * and {@code globex}, both migrated at startup from {@code db/migration} (a {@code gadget} table and its row).
 */
abstract class TenantsTestKit {

    /** The URLs a test made, for {@link #dropTenants}. */
    private final List<String> urls = new ArrayList<>();

    /** A URL of a fresh, empty database (or schema) for one tenant. */
    protected abstract String newTenantUrl();

    /** Removes what {@link #newTenantUrl()} made, if anything outlives the test. */
    protected abstract void drop(String url);

    private String tenantUrl() {
        String url = newTenantUrl();
        urls.add(url);
        return url;
    }

    @AfterEach
    void dropTenants() {
        urls.forEach(this::drop);
    }

    private String[] tenantProperties() {
        return new String[] {"quicksilver.tenants.databases.acme=" + tenantUrl(),
                "quicksilver.tenants.databases.globex=" + tenantUrl(),
                "quicksilver.migrations.placeholders.greeting=hello from startup"};
    }

    private static AutoConfigurations starter() {
        return AutoConfigurations.of(R2dbcAutoConfiguration.class, QuicksilverMetricsAutoConfiguration.class,
                QuicksilverAutoConfiguration.class, QuicksilverMigrationsAutoConfiguration.class,
                QuicksilverActuatorAutoConfiguration.class, QuicksilverTenantsAutoConfiguration.class);
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withConfiguration(starter()).withPropertyValues(tenantProperties());
    }

    private static Mono<String> gadget(Database database) {
        return database.sql("SELECT name FROM gadget WHERE id = :id").bind("id", 1)
                .map(row -> row.get(0, String.class)).single();
    }

    private static Mono<Long> gadgets(Database database) {
        return database.sql("SELECT COUNT(*) FROM gadget").map(row -> row.get(0, Long.class)).single();
    }

    @Test
    void everyTenantIsMigratedAtStartupAndStatementsRunOnTheContextsTenant() {
        runner().run(context -> {
            assertThat(context).hasNotFailed();
            QuicksilverTenants tenants = context.getBean(QuicksilverTenants.class);
            for (Database tenant : tenants.databases().values()) {
                assertThat(gadget(tenant).block()).isEqualTo("hello from startup");
            }
            Database routed = context.getBean(Database.class);
            routed.sql("INSERT INTO gadget (id, name) VALUES (:id, :name)").bind("id", 2).bind("name", "acme's")
                    .rowsUpdated().contextWrite(Tenants.with("acme")).block();
            assertThat(gadgets(routed).contextWrite(Tenants.with("acme")).block()).isEqualTo(2L);
            assertThat(gadgets(routed).contextWrite(Tenants.with("globex")).block()).isEqualTo(1L);
            assertThat(gadgets(tenants.database("globex").orElseThrow()).block()).isEqualTo(1L);
            // a transaction of the routed database runs on the tenant's database and rolls back there
            StepVerifier.create(routed.transactional(routed.sql("DELETE FROM gadget").rowsUpdated()
                            .then(Mono.<Long>error(new IllegalStateException("undo"))))
                            .contextWrite(Tenants.with("acme")))
                    .verifyErrorMessage("undo");
            assertThat(gadgets(routed).contextWrite(Tenants.with("acme")).block()).isEqualTo(2L);
        });
    }

    @Test
    void beansThatQueryATenantWhileCreatedRunAfterEveryTenantIsMigrated() {
        runner().withUserConfiguration(ReadsAtStartup.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeanFactory().getBeanDefinition("quicksilver").getDependsOn())
                    .contains("quicksilverMigrationsInitializer");
            assertThat(context.getBean(ReadsAtStartup.GlobexGadget.class).name()).isEqualTo("hello from startup");
        });
    }

    /** Application beans are created before auto-configured ones: this one reads while it is created. */
    @Configuration(proxyBeanMethods = false)
    static class ReadsAtStartup {

        @Bean
        GlobexGadget globexGadget(dev.quicksilver.query.Quicksilver quicksilver) {
            return new GlobexGadget(gadget(quicksilver.database()).contextWrite(Tenants.with("globex")).block());
        }

        record GlobexGadget(String name) {
        }
    }

    @Test
    void springTransactionsBeginOnTheContextsTenantAndQuicksilverJoinsThem() {
        runner().withConfiguration(AutoConfigurations.of(R2dbcTransactionManagerAutoConfiguration.class,
                TransactionAutoConfiguration.class)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(ReactiveTransactionManager.class)
                    .hasBean("quicksilverTenantsTransactionManager");
            Database routed = context.getBean(Database.class);
            TransactionalOperator transactional = context.getBean(TransactionalOperator.class);
            Mono<Long> insertThenCount = routed.sql("INSERT INTO gadget (id, name) VALUES (:id, :name)")
                    .bind("id", 7).bind("name", "in a Spring transaction").rowsUpdated()
                    .then(gadgets(routed));
            // inside: the statement sees its own row; the error rolls it back on acme's database
            StepVerifier.create(transactional.transactional(insertThenCount
                            .doOnNext(seen -> assertThat(seen).isEqualTo(2L))
                            .then(Mono.<Long>error(new IllegalStateException("undo"))))
                            .contextWrite(Tenants.with("acme")))
                    .verifyErrorMessage("undo");
            assertThat(gadgets(routed).contextWrite(Tenants.with("acme")).block()).isEqualTo(1L);
            // without an error it commits, on acme's database only
            assertThat(transactional.transactional(insertThenCount).contextWrite(Tenants.with("acme")).block())
                    .isEqualTo(2L);
            QuicksilverTenants tenants = context.getBean(QuicksilverTenants.class);
            assertThat(gadgets(tenants.database("acme").orElseThrow()).block()).isEqualTo(2L);
            assertThat(gadgets(tenants.database("globex").orElseThrow()).block()).isEqualTo(1L);
            // no tenant: the transaction cannot begin, and nothing runs
            StepVerifier.create(transactional.transactional(insertThenCount))
                    .verifyErrorSatisfies(error -> assertThat(error).hasRootCauseInstanceOf(
                            UnknownTenantException.class));
            for (Database tenant : tenants.databases().values()) {
                assertThat(tenant.poolStats().orElseThrow().acquired()).isZero();
            }
        });
    }

    @Test
    void noTenantOrAnUnknownOneRunsNothing() {
        runner().run(context -> {
            Database routed = context.getBean(Database.class);
            StepVerifier.create(gadgets(routed)).verifyError(UnknownTenantException.class);
            StepVerifier.create(routed.sql("DELETE FROM gadget").rowsUpdated().contextWrite(Tenants.with("initech")))
                    .verifyErrorSatisfies(error -> assertThat(error).isInstanceOf(UnknownTenantException.class)
                            .hasMessageContaining("initech"));
            for (Database tenant : context.getBean(QuicksilverTenants.class).databases().values()) {
                assertThat(gadgets(tenant).block()).isEqualTo(1L);
            }
        });
    }

    @Test
    void aFailedTenantMigrationStopsStartupNamingTheTenant() {
        runner().withPropertyValues("quicksilver.migrations.locations=classpath:db/broken").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            while (failure != null && !(failure instanceof TenantMigrationException)) {
                failure = failure.getCause();
            }
            assertThat(failure).isInstanceOf(TenantMigrationException.class)
                    .hasMessageContaining("acme").hasMessageContaining("globex");
        });
    }

    @Test
    void healthAndTheMigrationsEndpointReportEveryTenant() {
        runner().run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(QuicksilverMigrationsEndpoint.class);
            CompositeReactiveHealthContributor health = context.getBean("quicksilverHealthIndicator",
                    CompositeReactiveHealthContributor.class);
            for (String tenant : List.of("acme", "globex")) {
                ReactiveHealthIndicator indicator = (ReactiveHealthIndicator) health.getContributor(tenant);
                assertThat(indicator.health().block().getStatus()).isEqualTo(Status.UP);
            }
            Map<String, QuicksilverMigrationsEndpoint.MigrationsDescriptor> migrations =
                    context.getBean(QuicksilverTenantMigrationsEndpoint.class).migrations().block();
            assertThat(migrations).containsOnlyKeys("acme", "globex");
            assertThat(migrations.values()).allSatisfy(tenant -> {
                assertThat(tenant.applied()).isEqualTo(2);
                assertThat(tenant.pending()).isZero();
            });
        });
    }

    @Test
    void theTenantHeaderSelectsTheTenantOfAWebRequest() {
        new ReactiveWebApplicationContextRunner().withConfiguration(starter())
                .withPropertyValues(tenantProperties())
                .withPropertyValues("quicksilver.tenants.excluded-paths=/,/public/**")
                .withUserConfiguration(GadgetRoutes.class).run(context -> {
                    assertThat(context).hasNotFailed();
                    context.getBean(QuicksilverTenants.class).database("globex").orElseThrow()
                            .sql("UPDATE gadget SET name = :name").bind("name", "globex's").rowsUpdated().block();
                    WebTestClient client = WebTestClient.bindToApplicationContext(context).build();
                    client.get().uri("/gadget").header("X-Tenant", "acme").exchange()
                            .expectStatus().isOk().expectBody(String.class).isEqualTo("hello from startup");
                    client.get().uri("/gadget").header("X-Tenant", "globex").exchange()
                            .expectStatus().isOk().expectBody(String.class).isEqualTo("globex's");
                    String missing = client.get().uri("/gadget").exchange()
                            .expectStatus().isBadRequest()
                            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .expectBody(String.class).returnResult().getResponseBody();
                    assertThat(missing).contains("\"status\":400", "no X-Tenant header");
                    String unknown = client.get().uri("/gadget").header("X-Tenant", "initech").exchange()
                            .expectStatus().isBadRequest()
                            .expectBody(String.class).returnResult().getResponseBody();
                    // the answer names the tenant asked for, and never the tenants that exist
                    assertThat(unknown).contains("\"title\":\"Unknown tenant\"", "'initech'")
                            .doesNotContain("acme", "globex");
                    // an excluded path runs without a tenant: its statements are refused by the routed database
                    client.get().uri("/public/gadget").exchange().expectStatus().isOk()
                            .expectBody(String.class).isEqualTo("refused: UnknownTenantException");
                    client.get().uri("/").exchange().expectStatus().isOk();
                });
    }

    @Test
    void theHeaderCanBeRenamed() {
        new ReactiveWebApplicationContextRunner().withConfiguration(starter())
                .withPropertyValues(tenantProperties())
                .withPropertyValues("quicksilver.tenants.header=X-Customer")
                .withUserConfiguration(GadgetRoutes.class).run(context -> {
                    WebTestClient client = WebTestClient.bindToApplicationContext(context).build();
                    client.get().uri("/gadget").header("X-Customer", "acme").exchange().expectStatus().isOk();
                    client.get().uri("/gadget").header("X-Tenant", "acme").exchange().expectStatus().isBadRequest();
                });
    }

    /** A WebFlux application reading the tenant's gadget. */
    @Configuration(proxyBeanMethods = false)
    @EnableWebFlux
    static class GadgetRoutes {

        @Bean
        RouterFunction<ServerResponse> gadgetRoutes(Database database) {
            return RouterFunctions.route()
                    .GET("/gadget", request -> gadget(database).flatMap(name -> ServerResponse.ok().bodyValue(name)))
                    .GET("/public/gadget", request -> gadget(database)
                            .onErrorResume(UnknownTenantException.class, error -> Mono.just("refused: "
                                    + error.getClass().getSimpleName()))
                            .flatMap(name -> ServerResponse.ok().bodyValue(name)))
                    .GET("/", request -> ServerResponse.ok().bodyValue("index"))
                    .build();
        }
    }
}
