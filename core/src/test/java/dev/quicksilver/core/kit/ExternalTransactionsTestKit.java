package dev.quicksilver.core.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.ExternalTransactions;
import dev.quicksilver.core.TransactionOptions;
import dev.quicksilver.core.TransactionOptions.Propagation;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.util.context.Context;

/**
 * The {@link ExternalTransactions} hook without Spring: a fake that returns a connection the test opened and
 * began a transaction on (found under a key of the Reactor Context), as Spring's transaction manager would.
 */
public abstract class ExternalTransactionsTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Object KEY = new Object();

    /** Every factory the hook was asked with. */
    private final List<ConnectionFactory> askedWith = new CopyOnWriteArrayList<>();
    /** The connection the test owns, standing for an external transaction's. */
    private Connection external;

    @Override
    protected DatabaseOptions.Builder options() {
        ExternalTransactions hook = (context, factory) -> {
            askedWith.add(factory);
            return Mono.justOrEmpty(context.<Connection>getOrEmpty(KEY));
        };
        return DatabaseOptions.builder().externalTransactions(hook);
    }

    @BeforeEach
    void openExternalTransaction() {
        execute("CREATE TABLE account (id INTEGER PRIMARY KEY, owner VARCHAR(40) NOT NULL)");
        external = Mono.from(db.connectionFactory().create()).block(TIMEOUT);
        Mono.from(external.beginTransaction()).block(TIMEOUT);
    }

    @AfterEach
    void closeExternal() {
        if (external != null) {
            Mono.from(external.rollbackTransaction()).onErrorResume(e -> Mono.empty())
                    .then(Mono.from(external.close())).block(TIMEOUT);
        }
    }

    private Mono<Long> insert(int id, String owner) {
        return db.sql("INSERT INTO account (id, owner) VALUES (:id, :owner)")
                .bind("id", id).bind("owner", owner).rowsUpdated();
    }

    /** Runs inside the external transaction (the context names its connection). */
    private static <T> Mono<T> inExternal(Mono<T> work, Connection connection) {
        return work.contextWrite(Context.of(KEY, connection));
    }

    /** The ids committed, read on a pooled connection outside the external transaction. */
    private List<Integer> committedIds() {
        return db.sql("SELECT id FROM account ORDER BY id").map(row -> row.get(0, Integer.class))
                .collectList().block(TIMEOUT);
    }

    /** The ids the external transaction sees, read on its connection directly. */
    private List<Integer> idsSeenByExternal() {
        return Flux.from(external.createStatement("SELECT id FROM account ORDER BY id").execute())
                .flatMap(result -> result.map((row, metadata) -> row.get(0, Integer.class)))
                .collectList().block(TIMEOUT);
    }

    private void commitExternal() {
        Mono.from(external.commitTransaction()).block(TIMEOUT);
    }

    private void rollbackExternal() {
        Mono.from(external.rollbackTransaction()).block(TIMEOUT);
    }

    @Test
    void statementsRunOnTheExternalConnectionWhichTheOwnerCommits() {
        StepVerifier.create(inExternal(insert(1, "ann"), external)).expectNext(1L).verifyComplete();
        assertThat(idsSeenByExternal()).as("the row was written on the external connection").containsExactly(1);
        assertThat(committedIds()).as("not committed by Quicksilver").isEmpty();
        assertThat(db.poolStats().orElseThrow().acquired()).as("only the external connection is in use").isEqualTo(1);
        commitExternal();
        assertThat(committedIds()).containsExactly(1);
        assertThat(askedWith).isNotEmpty().allSatisfy(factory -> assertThat(factory).isSameAs(db.connectionFactory()));
    }

    @Test
    void theOwnersRollbackUndoesQuicksilversWritesAndTheConnectionStaysOpen() {
        StepVerifier.create(inExternal(insert(1, "ann").then(insert(2, "bob")), external)).expectNext(1L).verifyComplete();
        rollbackExternal();
        assertThat(committedIds()).isEmpty();
        // Quicksilver neither closed nor released the connection: it still works, and is still counted as in use.
        assertThat(idsSeenByExternal()).isEmpty();
        assertThat(db.poolStats().orElseThrow().acquired()).isEqualTo(1);
    }

    @Test
    void aFailingStatementLeavesTheExternalTransactionToItsOwner() {
        StepVerifier.create(inExternal(insert(1, "ann").then(insert(1, "dup")), external))
                .expectError(dev.quicksilver.core.exception.UniqueViolationException.class)
                .verify(TIMEOUT);
        assertThat(db.poolStats().orElseThrow().acquired()).isEqualTo(1);
        rollbackExternal();
        assertThat(committedIds()).isEmpty();
    }

    @Test
    void inTransactionInsideTheExternalTransactionIsASavepointOnItsConnection() {
        Mono<Long> work = insert(1, "outer")
                .then(db.inTransaction(tx -> insert(2, "nested-ok")).last())
                .then(db.inTransaction(tx -> insert(3, "nested-fails").then(insert(3, "dup"))).last()
                        .onErrorResume(dev.quicksilver.core.exception.UniqueViolationException.class,
                                error -> Mono.just(-1L)));
        StepVerifier.create(inExternal(work, external)).expectNext(-1L).verifyComplete();
        assertThat(committedIds()).as("no BEGIN/COMMIT of Quicksilver's own").isEmpty();
        assertThat(idsSeenByExternal()).containsExactly(1, 2);
        assertThat(db.poolStats().orElseThrow().acquired()).isEqualTo(1);
        commitExternal();
        assertThat(committedIds()).containsExactly(1, 2);
    }

    @Test
    void aNestedTransactionMarkedRollbackOnlyRollsBackToItsSavepoint() {
        Mono<Long> work = insert(1, "outer")
                .then(db.inTransaction(tx -> insert(2, "undone").doOnSuccess(n -> tx.setRollbackOnly())).last());
        StepVerifier.create(inExternal(work, external)).expectNext(1L).verifyComplete();
        assertThat(idsSeenByExternal()).containsExactly(1);
        commitExternal();
        assertThat(committedIds()).containsExactly(1);
    }

    @Test
    void cancellingANestedTransactionRollsBackToItsSavepointAndLeavesTheConnectionToItsOwner() {
        Flux<Long> nested = db.inTransaction(tx -> insert(2, "cancelled")
                .thenMany(Flux.interval(Duration.ofMillis(20)).take(1000)));
        StepVerifier.create(insert(1, "outer").thenMany(nested).contextWrite(Context.of(KEY, external)))
                .expectNextCount(2)
                .thenCancel()
                .verify(TIMEOUT);
        org.awaitility.Awaitility.await().atMost(TIMEOUT).untilAsserted(() ->
                assertThat(idsSeenByExternal()).as("rolled back to the savepoint").containsExactly(1));
        assertThat(db.poolStats().orElseThrow().acquired()).isEqualTo(1);
        commitExternal();
        assertThat(committedIds()).containsExactly(1);
    }

    @Test
    void theHooksErrorReachesTheSubscriber() {
        dev.quicksilver.core.Database failing = second(DatabaseOptions.builder()
                .externalTransactions((context, factory) -> Mono.error(new IllegalStateException("hook failed")))
                .build());
        try {
            StepVerifier.create(failing.sql("SELECT 1").fetch()).expectErrorMessage("hook failed").verify(TIMEOUT);
            StepVerifier.create(failing.inTransaction(tx -> failing.sql("SELECT 1").fetch()))
                    .expectErrorMessage("hook failed").verify(TIMEOUT);
        } finally {
            failing.close().block(TIMEOUT);
        }
    }

    @Test
    void requiresNewInsideTheExternalTransactionCommitsOnItsOwn() {
        Mono<Long> work = insert(1, "outer")
                .then(db.inTransaction(TransactionOptions.builder().propagation(Propagation.REQUIRES_NEW).build(),
                        tx -> insert(2, "independent")).last());
        StepVerifier.create(inExternal(work, external)).expectNext(1L).verifyComplete();
        rollbackExternal();
        assertThat(committedIds()).containsExactly(2);
        assertThat(db.poolStats().orElseThrow().acquired()).as("the REQUIRES_NEW connection went back").isEqualTo(1);
    }

    @Test
    void withoutAnExternalTransactionStatementsAndTransactionsUseThePool() {
        StepVerifier.create(insert(1, "ann").then(db.inTransaction(tx -> insert(2, "bob")).last()))
                .expectNext(1L).verifyComplete();
        StepVerifier.create(db.inTransaction(tx -> insert(3, "cid").then(insert(3, "dup"))))
                .expectError().verify(TIMEOUT);
        assertThat(committedIds()).containsExactly(1, 2);
        closeExternal();
        external = null;
        awaitNoConnectionInUse(db);
    }
}
