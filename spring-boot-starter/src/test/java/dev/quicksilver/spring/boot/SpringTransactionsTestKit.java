package dev.quicksilver.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.util.context.Context;

/**
 * Quicksilver statements inside Spring's reactive transactions ({@code TransactionalOperator} and
 * {@code @Transactional} over Spring Boot's auto-configured {@code R2dbcTransactionManager}), on a real
 * database: they run on Spring's connection, so Spring's commit and rollback decide for them.
 */
abstract class SpringTransactionsTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Properties that point Spring Boot at the database; none for the embedded H2 fallback. */
    protected abstract String[] connectionProperties();

    /** A table of this test's own (PostgreSQL keeps tables between contexts). */
    private final String table = "qs_tx_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
            .toLowerCase(Locale.ROOT);

    private void run(Consumer<AssertableApplicationContext> test) {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class,
                        R2dbcTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                        QuicksilverAutoConfiguration.class))
                .withPropertyValues(connectionProperties())
                .withUserConfiguration(ServiceConfiguration.class)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(R2dbcTransactionManager.class)
                            .hasSingleBean(TransactionalOperator.class);
                    Database database = context.getBean(Database.class);
                    database.sql("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)")
                            .rowsUpdated().block(TIMEOUT);
                    try {
                        test.accept(context);
                        awaitNoConnectionInUse(database);
                    } finally {
                        database.sql("DROP TABLE " + table).rowsUpdated().block(TIMEOUT);
                    }
                });
    }

    private Mono<Long> insert(Database database, int id, String name) {
        return database.sql("INSERT INTO " + table + " (id, name) VALUES (:id, :name)")
                .bind("id", id).bind("name", name).rowsUpdated();
    }

    private Mono<List<Integer>> ids(Database database) {
        return database.sql("SELECT id FROM " + table + " ORDER BY id").map(row -> row.get(0, Integer.class))
                .collectList();
    }

    private List<Integer> committedIds(Database database) {
        return ids(database).block(TIMEOUT);
    }

    private static void awaitNoConnectionInUse(Database database) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (database.poolStats().orElseThrow().acquired() != 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("connections still in use: " + database.poolStats().orElseThrow());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void theDatabaseIsBuiltOnTheFactoryTheTransactionManagerUses() {
        run(context -> {
            ConnectionFactory factory = context.getBean(ConnectionFactory.class);
            assertThat(context.getBean(Database.class).connectionFactory()).isSameAs(factory);
            assertThat(context.getBean(R2dbcTransactionManager.class).getConnectionFactory()).isSameAs(factory);
            assertThat(context.getBean(Database.class).toString()).isNotEmpty();
        });
    }

    @Test
    void aTransactionalOperatorRollsBackAQuicksilverWriteWhenTheWorkFails() {
        run(context -> {
            Database database = context.getBean(Database.class);
            TransactionalOperator operator = context.getBean(TransactionalOperator.class);
            StepVerifier.create(operator.transactional(insert(database, 1, "ann")
                            .then(Mono.error(new IllegalStateException("boom")))))
                    .expectErrorMessage("boom")
                    .verify(TIMEOUT);
            assertThat(committedIds(database)).isEmpty();
        });
    }

    @Test
    void aTransactionalOperatorCommitsAQuicksilverWrite() {
        run(context -> {
            Database database = context.getBean(Database.class);
            TransactionalOperator operator = context.getBean(TransactionalOperator.class);
            StepVerifier.create(operator.transactional(insert(database, 1, "ann").then(insert(database, 2, "bob"))))
                    .expectNext(1L)
                    .verifyComplete();
            assertThat(committedIds(database)).containsExactly(1, 2);
        });
    }

    @Test
    void quicksilverAndDatabaseClientShareTheTransactionsConnection() {
        run(context -> {
            Database database = context.getBean(Database.class);
            DatabaseClient client = DatabaseClient.create(context.getBean(ConnectionFactory.class));
            TransactionalOperator operator = context.getBean(TransactionalOperator.class);
            Mono<List<Object>> work = insert(database, 1, "by quicksilver")
                    .then(client.sql("INSERT INTO " + table + " (id, name) VALUES (2, 'by spring')").fetch().rowsUpdated())
                    // one after another: Quicksilver sees Spring's uncommitted row and Spring sees Quicksilver's;
                    // outside the transaction (a context without it) neither is visible yet
                    .then(ids(database))
                    .flatMap(seenByQuicksilver -> client.sql("SELECT id FROM " + table + " ORDER BY id")
                            .map(row -> row.get(0, Integer.class)).all().collectList()
                            .flatMap(seenBySpring -> ids(database).contextWrite(outer -> Context.empty())
                                    .map(seenOutside -> List.<Object>of(seenByQuicksilver, seenBySpring, seenOutside))));
            StepVerifier.create(operator.transactional(work))
                    .assertNext(seen -> assertThat(seen).containsExactly(List.of(1, 2), List.of(1, 2), List.of()))
                    .verifyComplete();
            assertThat(committedIds(database)).containsExactly(1, 2);
            // and an error rolls both back
            StepVerifier.create(operator.transactional(insert(database, 3, "q")
                            .then(client.sql("INSERT INTO " + table + " (id, name) VALUES (4, 's')").fetch().rowsUpdated())
                            .then(Mono.error(new IllegalStateException("boom")))))
                    .expectErrorMessage("boom")
                    .verify(TIMEOUT);
            assertThat(committedIds(database)).containsExactly(1, 2);
        });
    }

    @Test
    void aTransactionalServiceMethodCommitsOrRollsBackQuicksilversWrites() {
        run(context -> {
            Database database = context.getBean(Database.class);
            TransactionalService service = context.getBean(TransactionalService.class);
            StepVerifier.create(service.insertThenFail(database, table, 1)).expectErrorMessage("boom").verify(TIMEOUT);
            assertThat(committedIds(database)).isEmpty();
            StepVerifier.create(service.insertTwo(database, table, 2)).expectNext(1L).verifyComplete();
            assertThat(committedIds(database)).containsExactly(2, 3);
        });
    }

    @Test
    void aQuicksilverTransactionInsideASpringTransactionIsASavepoint() {
        run(context -> {
            Database database = context.getBean(Database.class);
            TransactionalOperator operator = context.getBean(TransactionalOperator.class);
            Mono<Long> work = insert(database, 1, "outer")
                    .then(database.inTransaction(tx -> insert(database, 2, "nested-fails")
                                    .then(Mono.<Long>error(new IllegalStateException("inner boom"))))
                            .then()
                            .onErrorResume(IllegalStateException.class, error -> Mono.empty()))
                    .then(database.inTransaction(tx -> insert(database, 3, "nested-ok")).then())
                    .then(insert(database, 4, "outer again"));
            StepVerifier.create(operator.transactional(work)).expectNext(1L).verifyComplete();
            assertThat(committedIds(database)).containsExactly(1, 3, 4);
            // the outer Spring transaction failing undoes the released savepoint's rows too
            StepVerifier.create(operator.transactional(database.inTransaction(tx -> insert(database, 5, "nested"))
                            .then(Mono.error(new IllegalStateException("outer boom")))))
                    .expectErrorMessage("outer boom")
                    .verify(TIMEOUT);
            assertThat(committedIds(database)).containsExactly(1, 3, 4);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class ServiceConfiguration {

        @Bean
        TransactionalService transactionalService() {
            return new TransactionalService();
        }
    }

    /** A service whose methods Spring runs in a transaction (a CGLIB proxy, as Spring Boot configures). */
    static class TransactionalService {

        @Transactional
        public Mono<Long> insertThenFail(Database database, String table, int id) {
            return database.sql("INSERT INTO " + table + " (id, name) VALUES (:id, 'x')").bind("id", id).rowsUpdated()
                    .then(Mono.error(new IllegalStateException("boom")));
        }

        @Transactional
        public Mono<Long> insertTwo(Database database, String table, int id) {
            return database.sql("INSERT INTO " + table + " (id, name) VALUES (:id, 'x')").bind("id", id).rowsUpdated()
                    .then(database.sql("INSERT INTO " + table + " (id, name) VALUES (:id, 'y')").bind("id", id + 1)
                            .rowsUpdated());
        }
    }
}
