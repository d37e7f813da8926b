package dev.quicksilver.core.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.core.TransactionOptions;
import dev.quicksilver.core.TransactionOptions.Propagation;
import dev.quicksilver.core.TransactionRetry;
import dev.quicksilver.core.exception.DatabaseException;
import dev.quicksilver.core.exception.QueryTimeoutException;
import dev.quicksilver.core.exception.SerializationFailureException;
import dev.quicksilver.core.exception.UniqueViolationException;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import io.r2dbc.spi.IsolationLevel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Reactive transactions, written once and run against every dialect. */
public abstract class TransactionTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @BeforeEach
    void createTable() {
        execute("CREATE TABLE account (id INTEGER PRIMARY KEY, owner VARCHAR(40) NOT NULL, balance INTEGER NOT NULL)");
    }

    private Mono<Long> insert(int id, String owner, int balance) {
        return db.sql("INSERT INTO account (id, owner, balance) VALUES (:id, :owner, :balance)")
                .bind("id", id).bind("owner", owner).bind("balance", balance).rowsUpdated();
    }

    private List<Integer> ids() {
        return db.sql("SELECT id FROM account ORDER BY id").map(row -> row.get(0, Integer.class))
                .collectList().block(TIMEOUT);
    }

    @Test
    void commitsWhenTheWorkCompletes() {
        StepVerifier.create(db.inTransaction(tx -> insert(1, "ann", 10).then(insert(2, "bob", 20))))
                .expectNext(1L)
                .verifyComplete();
        assertThat(ids()).containsExactly(1, 2);
    }

    @Test
    void rollsBackWhenTheWorkFails() {
        StepVerifier.create(db.inTransaction(tx -> insert(1, "ann", 10).then(insert(1, "dup", 0))))
                .expectError(UniqueViolationException.class)
                .verify(TIMEOUT);
        assertThat(ids()).isEmpty();
    }

    @Test
    void rollsBackWhenTheSubscriberCancels() {
        Flux<Long> work = db.inTransaction(tx -> insert(1, "ann", 10)
                .thenMany(Flux.interval(Duration.ofMillis(20)).take(1000)));
        StepVerifier.create(work)
                .expectNextCount(2)
                .thenCancel()
                .verify(TIMEOUT);
        awaitNoConnectionInUse(db);
        assertThat(ids()).isEmpty();
    }

    @Test
    void cancellingAtAnyMomentReleasesEachConnectionOnceAndLeavesNothingOpen() {
        java.util.Queue<Throwable> dropped = new java.util.concurrent.ConcurrentLinkedQueue<>();
        reactor.core.publisher.Hooks.onErrorDropped(dropped::add);
        try {
            java.util.Random random = new java.util.Random(42);
            Flux.range(0, 200)
                    .flatMap(i -> db.inTransaction(tx -> insert(1000 + i, "x", i).then(insert(1000 + i, "dup", i)))
                            .timeout(Duration.ofNanos(random.nextInt(3_000_000)))
                            .onErrorResume(error -> Mono.empty()), 8)
                    .blockLast(TIMEOUT);
            awaitNoConnectionInUse(db);
            // Dropped after a cancel, as Reactor does: a statement's own error, or the guard refusing a statement
            // whose transaction the cancel already ended. A failure of the cleanup itself (a rollback or release on
            // a connection already returned) would be something else.
            assertThat(dropped).as("errors dropped after a cancel").allSatisfy(error -> assertThat(
                    error instanceof UniqueViolationException
                            || String.valueOf(error.getMessage()).contains("has already ended"))
                    .as(error.toString()).isTrue());
            assertThat(ids()).as("every transaction failed or was cancelled, so none committed").isEmpty();
            StepVerifier.create(db.inTransaction(tx -> insert(1, "ann", 10))).expectNext(1L).verifyComplete();
        } finally {
            reactor.core.publisher.Hooks.resetOnErrorDropped();
        }
    }

    @Test
    void aStatementCancelledBeforeItAnsweredNeverLetsItsTransactionCommitBlindly() {
        Mono<Long> work = db.inTransaction(tx -> insert(1, "ann", 10)
                .then(db.sql(target().slowQuery()).fetch().timeout(Duration.ofMillis(100)).onErrorResume(error -> Mono.empty())
                        .then())
                .then(insert(2, "bob", 20))).single();
        if (db.dialect().earlyCancelDiscardsConnection()) {
            // The driver may still run the cancelled statement, after a COMMIT if one were sent: refused, rolled back.
            StepVerifier.create(work)
                    .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("rolled back instead of"
                            + " committed").hasMessageContaining("cancelled before it answered"))
                    .verify(TIMEOUT);
            assertThat(ids()).isEmpty();
        } else {
            StepVerifier.create(work.subscribeOn(Schedulers.boundedElastic())).expectNext(1L).verifyComplete();
            assertThat(ids()).containsExactly(1, 2);
        }
        awaitNoConnectionInUse(db);
        StepVerifier.create(db.inTransaction(tx -> insert(3, "cid", 30))).expectNext(1L).verifyComplete();
    }

    @Test
    void rollsBackWhenMarkedRollbackOnly() {
        StepVerifier.create(db.inTransaction(tx -> {
            tx.setRollbackOnly();
            return insert(1, "ann", 10);
        })).expectNext(1L).verifyComplete();
        assertThat(ids()).isEmpty();
    }

    @Test
    void nestedSavepointRollsBackAloneWhileTheOuterTransactionCommits() {
        Flux<Object> work = db.inTransaction(outer -> insert(1, "ann", 10)
                .then(db.inTransaction(inner -> {
                    assertThat(inner.isNested()).isTrue();
                    return insert(2, "bob", 20).then(insert(1, "dup", 0));
                }).then().onErrorResume(UniqueViolationException.class, error -> Mono.empty()))
                .then(insert(3, "cid", 30))
                .then(Mono.empty()));
        StepVerifier.create(work).verifyComplete();
        assertThat(ids()).containsExactly(1, 3);
    }

    @Test
    void nestedSavepointCommitsWithTheOuterTransaction() {
        StepVerifier.create(db.inTransaction(outer -> insert(1, "ann", 10)
                        .then(db.transactional(insert(2, "bob", 20)))))
                .expectNext(1L)
                .verifyComplete();
        assertThat(ids()).containsExactly(1, 2);
    }

    @Test
    void outerRollbackUndoesACompletedSavepoint() {
        StepVerifier.create(db.inTransaction(outer -> db.transactional(insert(1, "ann", 10))
                        .then(Mono.error(new IllegalStateException("business rule")))))
                .expectErrorMessage("business rule")
                .verify(TIMEOUT);
        assertThat(ids()).isEmpty();
    }

    @Test
    void requiresNewCommitsIndependentlyOfTheOuterTransaction() {
        TransactionOptions requiresNew = TransactionOptions.builder().propagation(Propagation.REQUIRES_NEW).build();
        StepVerifier.create(db.inTransaction(outer -> insert(1, "ann", 10)
                        .then(db.inTransaction(requiresNew, inner -> insert(2, "audit", 0)).then())
                        .then(Mono.error(new IllegalStateException("outer fails")))))
                .expectErrorMessage("outer fails")
                .verify(TIMEOUT);
        assertThat(ids()).containsExactly(2);
    }

    @Test
    void concurrentTransactionsDoNotSeeEachOthersUncommittedRows() {
        Sinks.One<Boolean> inserted = Sinks.one();
        Sinks.One<Long> seenByOther = Sinks.one();
        Mono<Long> writer = db.inTransaction(tx -> insert(1, "ann", 10)
                .then(Mono.fromRunnable(() -> inserted.tryEmitValue(true)))
                .then(seenByOther.asMono())).single();
        Mono<Long> reader = inserted.asMono().then(db.inTransaction(tx -> db.sql("SELECT COUNT(*) FROM account")
                .map(row -> row.get(0, Long.class))).single()
                .doOnNext(seenByOther::tryEmitValue));
        StepVerifier.create(Mono.zip(writer.subscribeOn(Schedulers.boundedElastic()),
                        reader.subscribeOn(Schedulers.boundedElastic())))
                .assertNext(both -> {
                    assertThat(both.getT1()).as("rows the writer learned the reader saw").isZero();
                    assertThat(both.getT2()).as("rows the reader saw").isZero();
                })
                .verifyComplete();
        assertThat(ids()).containsExactly(1);
    }

    @Test
    void statementsOutsideTheTransactionUseAnotherConnection() {
        Long seenOutside = db.inTransaction(tx -> insert(1, "ann", 10)
                        .then(Mono.defer(() -> db.sql("SELECT COUNT(*) FROM account").map(row -> row.get(0, Long.class))
                                .single().contextWrite(context -> reactor.util.context.Context.empty())
                                .subscribeOn(Schedulers.boundedElastic()))))
                .single().block(TIMEOUT);
        assertThat(seenOutside).isZero();
        assertThat(ids()).containsExactly(1);
    }

    @Test
    void repeatableReadKeepsTheFirstSnapshot() {
        execute("INSERT INTO account (id, owner, balance) VALUES (1, 'ann', 10)");
        TransactionOptions repeatable = TransactionOptions.builder().isolationLevel(IsolationLevel.REPEATABLE_READ).build();
        Mono<List<Integer>> balances = db.inTransaction(repeatable, tx -> balance(1)
                .concatWith(updateElsewhere(1, 99).then(Mono.empty()))
                .concatWith(balance(1))).collectList();
        assertThat(balances.subscribeOn(Schedulers.boundedElastic()).block(TIMEOUT)).containsExactly(10, 10);
        assertThat(balance(1).block(TIMEOUT)).isEqualTo(99);
    }

    @Test
    void serializationFailureIsRetriedAsAWholeTransaction() {
        execute("INSERT INTO account (id, owner, balance) VALUES (1, 'ann', 10)");
        TransactionOptions repeatable = TransactionOptions.builder().isolationLevel(IsolationLevel.REPEATABLE_READ).build();
        AtomicInteger attempts = new AtomicInteger();
        Mono<Long> withdraw = db.inTransaction(repeatable, tx -> {
            int attempt = attempts.incrementAndGet();
            Mono<Integer> read = balance(1);
            Mono<Long> interfere = attempt == 1 ? updateElsewhere(1, 50) : Mono.just(0L);
            return read.flatMap(balance -> interfere.then(db.sql("UPDATE account SET balance = :balance WHERE id = 1")
                    .bind("balance", balance - 5).rowsUpdated()));
        }).single();

        StepVerifier.create(withdraw.subscribeOn(Schedulers.boundedElastic()))
                .expectError(SerializationFailureException.class)
                .verify(TIMEOUT);

        attempts.set(0);
        execute("UPDATE account SET balance = 10 WHERE id = 1");
        StepVerifier.create(withdraw.retryWhen(TransactionRetry.transientFailures(3))
                        .subscribeOn(Schedulers.boundedElastic()))
                .expectNext(1L)
                .verifyComplete();
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(balance(1).block(TIMEOUT)).isEqualTo(45);
    }

    @Test
    void statementTimeoutCancelsALongStatementAndIsResetAfterwards() {
        // One connection, so the statement after the transaction runs on the connection that had the timeout.
        Database single = second(DatabaseOptions.builder().pool(PoolSettings.builder().maxSize(1).build()).build());
        try {
            TransactionOptions timeout = TransactionOptions.builder().statementTimeout(Duration.ofMillis(200)).build();
            StepVerifier.create(single.inTransaction(timeout, tx -> single.sql(target().slowQuery()).fetch()))
                    .expectError(QueryTimeoutException.class)
                    .verify(TIMEOUT);
            StepVerifier.create(single.sql(target().slowQuery()).fetch().then()).verifyComplete();
        } finally {
            single.close().block(TIMEOUT);
        }
    }

    @Test
    void readOnlyTransactionsRefuseWritesWhereTheDatabaseEnforcesThem() {
        TransactionOptions readOnly = TransactionOptions.builder().readOnly(true).build();
        Mono<Long> write = db.inTransaction(readOnly, tx -> insert(1, "ann", 10)).single();
        if (readOnlyEnforced()) {
            StepVerifier.create(write)
                    .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(DatabaseException.class)
                            .hasMessageContaining("25006"))
                    .verify(TIMEOUT);
            assertThat(ids()).isEmpty();
        } else {
            StepVerifier.create(write).expectNext(1L).verifyComplete();
        }
        StepVerifier.create(db.inTransaction(readOnly, tx -> db.sql("SELECT COUNT(*) FROM account")
                .map(row -> row.get(0, Long.class)))).expectNextCount(1).verifyComplete();
    }

    /** Whether this database refuses writes in a read-only transaction (H2 takes read-only as a hint). */
    protected boolean readOnlyEnforced() {
        return true;
    }

    private Mono<Integer> balance(int id) {
        return db.sql("SELECT balance FROM account WHERE id = :id").bind("id", id)
                .map(row -> row.get(0, Integer.class)).single();
    }

    /** Updates a row from another pool, outside any transaction of {@link #db}. */
    private Mono<Long> updateElsewhere(int id, int balance) {
        return Mono.usingWhen(Mono.fromSupplier(() -> second(DatabaseOptions.builder()
                        .pool(PoolSettings.builder().initialSize(0).minIdle(0).build()).build())),
                other -> other.sql("UPDATE account SET balance = :balance WHERE id = :id")
                        .bind("balance", balance).bind("id", id).rowsUpdated(),
                Database::close);
    }
}
