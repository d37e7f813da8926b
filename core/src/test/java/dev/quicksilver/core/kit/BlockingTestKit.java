package dev.quicksilver.core.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quicksilver.core.exception.UniqueViolationException;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * Quicksilver never blocks a non-blocking thread, written once and run against every dialect: with
 * BlockHound installed, the main paths run subscribed on Reactor's parallel scheduler, where any
 * blocking call fails the stream with {@link BlockingOperationError}.
 *
 * <p>Runs in a JVM of its own (the root pom's {@code blockhound-tests} execution), because BlockHound
 * instruments the whole JVM once installed. Quicksilver's own code and r2dbc-pool are never allowed
 * to block; a driver known to block internally may have specific frames of its own allow-listed by a
 * {@code BlockHoundIntegration} registered in the test class path's {@code META-INF/services}.
 */
@org.junit.jupiter.api.extension.ExtendWith(dev.quicksilver.core.testkit.BlockHoundJvm.class)
public abstract class BlockingTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);



    @BeforeEach
    void createTable() {
        execute("CREATE TABLE account (id INTEGER PRIMARY KEY, owner VARCHAR(40) NOT NULL)",
                "INSERT INTO account (id, owner) VALUES (1, 'ann')");
    }

    private Mono<Long> insert(int id, String owner) {
        return db.sql("INSERT INTO account (id, owner) VALUES (:id, :owner)").bind("id", id).bind("owner", owner)
                .rowsUpdated();
    }

    private List<Integer> ids() {
        return db.sql("SELECT id FROM account ORDER BY id").map(row -> row.get(0, Integer.class))
                .collectList().block(TIMEOUT);
    }

    @Test
    void blockHoundIsActive() {
        StepVerifier.create(Mono.fromCallable(() -> {
                    Thread.sleep(1);
                    return 1;
                }).subscribeOn(Schedulers.parallel()))
                .expectError(BlockingOperationError.class)
                .verify(TIMEOUT);
    }

    @Test
    void aQueryDoesNotBlock() {
        StepVerifier.create(db.sql("SELECT owner FROM account WHERE id = :id").bind("id", 1)
                        .map(row -> row.get(0, String.class))
                        .subscribeOn(Schedulers.parallel()))
                .expectNext("ann")
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void aTransactionWithANestedSavepointDoesNotBlock() {
        StepVerifier.create(db.inTransaction(outer -> insert(2, "bob")
                                .then(db.inTransaction(inner -> insert(3, "cid")).then())
                                .then(db.sql("SELECT COUNT(*) FROM account").map(row -> row.get(0, Long.class)).single()))
                        .subscribeOn(Schedulers.parallel()))
                .expectNext(3L)
                .expectComplete()
                .verify(TIMEOUT);
        assertThat(ids()).containsExactly(1, 2, 3);
    }

    @Test
    void anErrorDoesNotBlock() {
        StepVerifier.create(insert(1, "dup").subscribeOn(Schedulers.parallel()))
                .expectError(UniqueViolationException.class)
                .verify(TIMEOUT);
        StepVerifier.create(db.inTransaction(tx -> insert(4, "dan").then(insert(1, "dup")))
                        .subscribeOn(Schedulers.parallel()))
                .expectError(UniqueViolationException.class)
                .verify(TIMEOUT);
        assertThat(ids()).containsExactly(1);
    }

    @Test
    void aCancelledStreamDoesNotBlock() {
        Flux<Long> rows = db.sql(target().generateRows(100_000)).fetchSize(100).map(row -> row.get(0, Long.class));
        StepVerifier.create(rows.take(10).subscribeOn(Schedulers.parallel()))
                .expectNextCount(10)
                .expectComplete()
                .verify(TIMEOUT);
        StepVerifier.create(db.inTransaction(tx -> rows).take(10).subscribeOn(Schedulers.parallel()))
                .expectNextCount(10)
                .expectComplete()
                .verify(TIMEOUT);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(db.poolStats().orElseThrow().acquired()).isZero());
        // The connections came back usable.
        StepVerifier.create(db.sql("SELECT COUNT(*) FROM account").map(row -> row.get(0, Long.class))
                        .subscribeOn(Schedulers.parallel()))
                .expectNext(1L)
                .expectComplete()
                .verify(TIMEOUT);
    }
}
