package dev.quicksilver.core.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.core.Sql;
import dev.quicksilver.core.TransactionOptions;
import dev.quicksilver.core.exception.BadSqlException;
import dev.quicksilver.core.exception.CheckViolationException;
import dev.quicksilver.core.exception.ConnectionLostException;
import dev.quicksilver.core.exception.DatabaseException;
import dev.quicksilver.core.exception.LockNotAvailableException;
import dev.quicksilver.core.exception.DeadlockException;
import dev.quicksilver.core.exception.ForeignKeyViolationException;
import dev.quicksilver.core.exception.InvalidStatementException;
import dev.quicksilver.core.exception.NotNullViolationException;
import dev.quicksilver.core.exception.PoolExhaustedException;
import dev.quicksilver.core.exception.QueryTimeoutException;
import dev.quicksilver.core.exception.SerializationFailureException;
import dev.quicksilver.core.exception.UniqueViolationException;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import io.r2dbc.spi.IsolationLevel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.util.context.Context;

/**
 * Error translation, written once and run against every dialect: each exception class is produced
 * by a real database error (never constructed here) and checked for its type, what it names, and a
 * message that says what to try next.
 */
public abstract class ErrorTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String INSERT_CUSTOMER =
            "INSERT INTO customer (id, email, age) VALUES (:id, :email, :age)";
    private static final String INSERT_ORDER = "INSERT INTO orders (id, customer_id) VALUES (:id, :customer)";

    @BeforeEach
    void createSchema() {
        execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, email VARCHAR(80) NOT NULL, age INTEGER,"
                        + " CONSTRAINT uq_customer_email UNIQUE (email), CONSTRAINT ck_customer_age CHECK (age >= 0))",
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL,"
                        + " CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id))",
                "CREATE TABLE account (id INTEGER, balance INTEGER NOT NULL, CONSTRAINT pk_account PRIMARY KEY (id))",
                "INSERT INTO customer (id, email, age) VALUES (1, 'ann@example.com', 30)",
                "INSERT INTO orders (id, customer_id) VALUES (10, 1)",
                "INSERT INTO account (id, balance) VALUES (1, 100)",
                "INSERT INTO account (id, balance) VALUES (2, 200)");
    }

    // --- integrity violations: each inside a transaction whose earlier write must be undone -------------

    @Test
    void uniqueViolationNamesTheConstraint() {
        StepVerifier.create(db.inTransaction(tx -> insertCustomer(2, "bob@example.com", 20)
                        .then(insertCustomer(3, "ann@example.com", 40))))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(UniqueViolationException.class);
                    DatabaseException unique = (DatabaseException) error;
                    assertThat(unique.constraintName()).isEqualToIgnoringCase("uq_customer_email");
                    assertThat(unique.tableName()).isEqualToIgnoringCase("customer");
                    assertThat(unique.sqlState()).isEqualTo("23505");
                    assertThat(unique.sql()).startsWith("INSERT INTO customer (id, email, age) VALUES (");
                    assertThat(unique.getMessage()).as("row values stay out of our messages")
                            .doesNotContain("ann@example.com");
                    assertGuides(unique);
                })
                .verify(TIMEOUT);
        assertThat(count("customer")).as("the transaction's first insert was rolled back").isEqualTo(1);
    }

    @Test
    void aLockTakenWithoutWaitingIsRefusedWhileAnotherTransactionHoldsIt() {
        Database other = second(DatabaseOptions.defaults());
        try {
            Sinks.One<Boolean> locked = Sinks.one();
            Sinks.One<Boolean> refused = Sinks.one();
            Mono<Long> holder = db.inTransaction(tx -> db.sql("UPDATE account SET balance = balance + 1 WHERE id = 1")
                    .rowsUpdated()
                    .doOnNext(updated -> locked.tryEmitValue(true))
                    .flatMap(updated -> refused.asMono().thenReturn(updated))).single();
            Mono<Object> contender = locked.asMono().publishOn(Schedulers.boundedElastic())
                    .then(other.inTransaction(tx -> other.sql("SELECT id FROM account WHERE id = 1 "
                            + other.dialect().lockClause(dev.quicksilver.core.dialect.LockMode.FOR_UPDATE_NOWAIT))
                            .fetch()).then(Mono.empty()))
                    .doOnError(error -> refused.tryEmitValue(true));
            StepVerifier.create(Mono.zip(holder.subscribeOn(Schedulers.boundedElastic()),
                            contender.subscribeOn(Schedulers.boundedElastic()).onErrorResume(error -> Mono.just(error))))
                    .assertNext(both -> {
                        assertThat(both.getT2()).isInstanceOf(LockNotAvailableException.class);
                        assertGuides((DatabaseException) both.getT2());
                    })
                    .verifyComplete();
        } finally {
            other.close().block(TIMEOUT);
        }
    }

    @Test
    void primaryKeyViolationIsAUniqueViolationNamingTheConstraint() {
        StepVerifier.create(db.inTransaction(tx -> db.sql("INSERT INTO account (id, balance) VALUES (:id, 0)")
                        .bind("id", 3).rowsUpdated()
                        .then(db.sql("INSERT INTO account (id, balance) VALUES (:id, 0)").bind("id", 1).rowsUpdated())))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(UniqueViolationException.class);
                    DatabaseException unique = (DatabaseException) error;
                    assertThat(unique.constraintName()).isEqualToIgnoringCase("pk_account");
                    assertThat(unique.tableName()).isEqualToIgnoringCase("account");
                    assertThat(unique.sqlState()).isEqualTo("23505");
                    assertGuides(unique);
                })
                .verify(TIMEOUT);
        assertThat(count("account")).as("the transaction's first insert was rolled back").isEqualTo(2);
    }

    @Test
    void foreignKeyViolationWhenInsertingAnOrphan() {
        StepVerifier.create(db.inTransaction(tx -> insertOrder(11, 1).then(insertOrder(12, 99))))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(ForeignKeyViolationException.class);
                    DatabaseException foreignKey = (DatabaseException) error;
                    assertThat(foreignKey.constraintName()).isEqualToIgnoringCase("fk_orders_customer");
                    assertThat(foreignKey.tableName()).isEqualToIgnoringCase("orders");
                    assertThat(foreignKey.sqlState()).startsWith("235");
                    assertThat(foreignKey.sql()).startsWith("INSERT INTO orders");
                    assertGuides(foreignKey);
                })
                .verify(TIMEOUT);
        assertThat(count("orders")).as("the transaction's first insert was rolled back").isEqualTo(1);
    }

    @Test
    void foreignKeyViolationWhenDeletingAReferencedParent() {
        StepVerifier.create(db.inTransaction(tx -> insertCustomer(2, "bob@example.com", 20)
                        .then(db.sql("DELETE FROM customer WHERE id = :id").bind("id", 1).rowsUpdated())))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(ForeignKeyViolationException.class);
                    DatabaseException foreignKey = (DatabaseException) error;
                    assertThat(foreignKey.constraintName()).isEqualToIgnoringCase("fk_orders_customer");
                    assertThat(foreignKey.sqlState()).isEqualTo("23503");
                    assertThat(foreignKey.sql()).startsWith("DELETE FROM customer");
                    assertGuides(foreignKey);
                })
                .verify(TIMEOUT);
        assertThat(count("customer")).as("the parent is still there, the new customer rolled back").isEqualTo(1);
        assertThat(count("orders")).isEqualTo(1);
    }

    @Test
    void notNullViolationNamesTheColumn() {
        StepVerifier.create(db.inTransaction(tx -> insertCustomer(2, "bob@example.com", 20)
                        .then(db.sql(INSERT_CUSTOMER).bind("id", 3).bindNull("email", String.class).bind("age", 1)
                                .rowsUpdated())))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(NotNullViolationException.class);
                    DatabaseException notNull = (DatabaseException) error;
                    assertThat(notNull.columnName()).isEqualToIgnoringCase("email");
                    assertThat(notNull.sqlState()).isEqualTo("23502");
                    assertThat(notNull.sql()).startsWith("INSERT INTO customer");
                    assertThat(notNull.getMessage()).containsIgnoringCase("column email");
                    assertGuides(notNull);
                })
                .verify(TIMEOUT);
        assertThat(count("customer")).as("the transaction's first insert was rolled back").isEqualTo(1);
    }

    @Test
    void checkViolationNamesTheConstraint() {
        StepVerifier.create(db.inTransaction(tx -> insertCustomer(2, "bob@example.com", 20)
                        .then(insertCustomer(3, "cid@example.com", -1))))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(CheckViolationException.class);
                    DatabaseException check = (DatabaseException) error;
                    assertThat(check.constraintName()).isEqualToIgnoringCase("ck_customer_age");
                    assertThat(check.sqlState()).startsWith("2351");
                    assertThat(check.sql()).startsWith("INSERT INTO customer");
                    assertGuides(check);
                })
                .verify(TIMEOUT);
        assertThat(count("customer")).as("the transaction's first insert was rolled back").isEqualTo(1);
    }

    // --- concurrency ------------------------------------------------------------------------------------

    @Test
    void writeConflictUnderRepeatableReadIsASerializationFailure() {
        TransactionOptions repeatable = TransactionOptions.builder().isolationLevel(IsolationLevel.REPEATABLE_READ)
                .build();
        // Read a row, let another connection change and commit it, then write the row: the snapshot is stale.
        Mono<Long> stale = db.inTransaction(repeatable, tx -> balance(1)
                .flatMap(balance -> updateElsewhere(1, 50)
                        .then(db.sql("UPDATE account SET balance = :balance WHERE id = 1")
                                .bind("balance", balance - 5).rowsUpdated()))).single();
        StepVerifier.create(stale.subscribeOn(Schedulers.boundedElastic()))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(SerializationFailureException.class);
                    DatabaseException failure = (DatabaseException) error;
                    assertThat(failure.sqlState()).isEqualTo("40001");
                    assertThat(failure.sql()).startsWith("UPDATE account SET balance");
                    assertGuides(failure);
                })
                .verify(TIMEOUT);
        assertThat(balance(1).block(TIMEOUT)).as("the other connection's commit stands").isEqualTo(50);
    }

    @Test
    void lockCycleIsADeadlock() {
        Sinks.One<Boolean> firstLocked = Sinks.one();
        Sinks.One<Boolean> secondLocked = Sinks.one();
        // first: lock 1, wait for second to lock 2, then want 2; second: wait, lock 2, then want 1.
        // Each side continues on its own thread after a signal: r2dbc-h2 blocks the thread waiting for a lock.
        Mono<Optional<Throwable>> first = outcome(db.inTransaction(tx -> setBalance(1, 101)
                .then(Mono.fromRunnable(() -> firstLocked.tryEmitValue(true)))
                .then(secondLocked.asMono().publishOn(Schedulers.boundedElastic()))
                .then(setBalance(2, 201))));
        Mono<Optional<Throwable>> second = outcome(db.inTransaction(tx -> firstLocked.asMono()
                .publishOn(Schedulers.boundedElastic())
                .then(setBalance(2, 202))
                .then(Mono.fromRunnable(() -> secondLocked.tryEmitValue(true)))
                .then(setBalance(1, 102))));
        StepVerifier.create(Mono.zip(first.subscribeOn(Schedulers.boundedElastic()),
                        second.subscribeOn(Schedulers.boundedElastic())))
                .assertNext(outcomes -> {
                    List<Throwable> failures = Stream.of(outcomes.getT1(), outcomes.getT2())
                            .flatMap(Optional::stream).toList();
                    assertThat(failures).as("exactly one transaction is the victim").hasSize(1);
                    Throwable error = failures.get(0);
                    assertThat(error).isInstanceOf(DeadlockException.class);
                    DatabaseException deadlock = (DatabaseException) error;
                    assertThat(deadlock.sqlState()).startsWith("40");
                    assertThat(deadlock.sql()).startsWith("UPDATE account SET balance");
                    assertGuides(deadlock);
                })
                .verifyComplete();
        List<Integer> balances = db.sql("SELECT balance FROM account ORDER BY id").map(row -> row.get(0, Integer.class))
                .collectList().block(TIMEOUT);
        assertThat(balances).as("the survivor committed both rows").isIn(List.of(101, 201), List.of(102, 202));
    }

    @Test
    void statementTimeoutIsAQueryTimeout() {
        TransactionOptions timeout = TransactionOptions.builder().statementTimeout(Duration.ofMillis(200)).build();
        StepVerifier.create(db.inTransaction(timeout, tx -> db.sql(target().slowQuery()).fetch()))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(QueryTimeoutException.class);
                    DatabaseException cancelled = (DatabaseException) error;
                    assertThat(cancelled.sqlState()).isNotNull();
                    assertThat(cancelled.sql()).isEqualTo(target().slowQuery());
                    assertGuides(cancelled);
                })
                .verify(TIMEOUT);
    }

    @Test
    void killedSessionIsAConnectionLost() {
        Database killer = second(DatabaseOptions.defaults());
        try {
            // The victim learns its session id inside a transaction, has it killed from another pool, then goes on.
            Flux<Object> victim = db.inTransaction(tx -> db.sql(sessionIdQuery()).map(row -> row.get(0))
                    .single()
                    .flatMap(id -> killer.sql(killSessionSql()).bind("id", id).fetch().then())
                    .thenMany(db.sql("SELECT COUNT(*) FROM customer").fetch())
                    .then(Mono.empty()));
            StepVerifier.create(victim.subscribeOn(Schedulers.boundedElastic()))
                    .expectErrorSatisfies(error -> {
                        assertThat(error).isInstanceOf(ConnectionLostException.class);
                        ConnectionLostException lost = (ConnectionLostException) error;
                        assertThat(lost.getMessage()).contains("retry it on a new connection");
                        assertGuides(lost);
                    })
                    .verify(TIMEOUT);
            // Checked while the killer's session is open: an in-memory H2 database ends with its last session.
            assertThat(count("customer")).as("the pool replaces the dead connection").isEqualTo(1);
        } finally {
            killer.close().block(TIMEOUT);
        }
    }

    @Test
    void aCommitThatFailsIsTheWorksErrorAndNothingIsCommitted() {
        Database killer = second(DatabaseOptions.defaults());
        try {
            // The work writes, then its session is killed; the work itself completes, so COMMIT is what fails.
            Flux<Object> victim = db.inTransaction(tx -> db.sql("INSERT INTO account (id, balance) VALUES (77, 0)")
                    .rowsUpdated()
                    .then(db.sql(sessionIdQuery()).map(row -> row.get(0)).single())
                    .flatMap(id -> killer.sql(killSessionSql()).bind("id", id).fetch().then())
                    .then(Mono.empty()));
            StepVerifier.create(victim.subscribeOn(Schedulers.boundedElastic()))
                    .expectErrorSatisfies(error -> assertThat(error)
                            .as("the database's error, not a wrapper around it").isInstanceOf(ConnectionLostException.class))
                    .verify(TIMEOUT);
            assertThat(killer.sql("SELECT COUNT(*) FROM account WHERE id = 77").map(row -> row.get(0, Long.class))
                    .blockFirst(TIMEOUT)).isZero();
        } finally {
            killer.close().block(TIMEOUT);
        }
    }

    @Test
    void poolExhaustedWhenTheOnlyConnectionIsHeld() {
        Duration acquireTimeout = Duration.ofMillis(300);
        Database single = second(DatabaseOptions.builder()
                .pool(PoolSettings.builder().initialSize(1).minIdle(0).maxSize(1).acquireTimeout(acquireTimeout).build())
                .build());
        try {
            // The transaction holds the only connection; a statement outside it must wait for another one.
            Mono<Long> outside = Mono.defer(() -> single.sql("SELECT COUNT(*) FROM customer")
                    .map(row -> row.get(0, Long.class)).single()
                    .contextWrite(context -> Context.empty()));
            long started = System.nanoTime();
            StepVerifier.create(single.inTransaction(tx -> single.sql("SELECT 1").fetch().then(outside)))
                    .expectErrorSatisfies(error -> {
                        Duration waited = Duration.ofNanos(System.nanoTime() - started);
                        assertThat(error).isInstanceOf(PoolExhaustedException.class);
                        PoolExhaustedException exhausted = (PoolExhaustedException) error;
                        assertThat(waited).isGreaterThanOrEqualTo(acquireTimeout.minusMillis(50))
                                .isLessThan(Duration.ofSeconds(10));
                        assertThat(exhausted.acquired()).isEqualTo(1);
                        assertThat(exhausted.max()).isEqualTo(1);
                        assertThat(exhausted.pending()).as("others still waiting").isZero();
                        assertThat(exhausted.getMessage()).contains("within 300 ms", "acquired=1", "max=1",
                                "pending=" + exhausted.pending(), "maxSize", "acquireTimeout");
                    })
                    .verify(TIMEOUT);
            awaitNoConnectionInUse(single);
        } finally {
            single.close().block(TIMEOUT);
        }
    }

    // --- statements the database rejects, or that are never sent ---------------------------------------

    @Test
    void syntaxErrorIsBadSql() {
        StepVerifier.create(db.sql("SELEC id FROM customer").fetch())
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(BadSqlException.class);
                    DatabaseException bad = (DatabaseException) error;
                    assertThat(bad.sqlState()).startsWith("42");
                    assertThat(bad.sql()).isEqualTo("SELEC id FROM customer");
                    assertGuides(bad);
                })
                .verify(TIMEOUT);
    }

    @Test
    void unknownTableIsBadSql() {
        StepVerifier.create(db.sql("SELECT id FROM no_such_table").fetch())
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(BadSqlException.class);
                    DatabaseException bad = (DatabaseException) error;
                    assertThat(bad.sqlState()).startsWith("42");
                    assertThat(bad.databaseMessage()).containsIgnoringCase("no_such_table");
                    assertGuides(bad);
                })
                .verify(TIMEOUT);
    }

    @Test
    void missingNamedParameterIsNotSent() {
        assertNotSent(db.sql("SELECT id FROM customer WHERE id = :id AND email = :email").bind("id", 1),
                ":email", "bind(name, value)");
    }

    @Test
    void nullWithoutATypeIsNotSent() {
        assertNotSent(db.sql(INSERT_CUSTOMER).bind("id", 2).bind("email", null).bind("age", 1),
                ":email", "bindNull(\"email\"");
    }

    @Test
    void unknownParameterNameIsNotSent() {
        assertNotSent(db.sql("SELECT id FROM customer WHERE id = :id").bind("id", 1).bind("idd", 2),
                "idd", "spelling");
    }

    // --- dialect differences ----------------------------------------------------------------------------

    /** A query returning the id of the session that runs it. */
    protected abstract String sessionIdQuery();

    /** A statement that ends the session whose id is bound to {@code :id}, run from another session. */
    protected abstract String killSessionSql();

    // --- helpers ----------------------------------------------------------------------------------------

    private Mono<Long> insertCustomer(int id, String email, int age) {
        return db.sql(INSERT_CUSTOMER).bind("id", id).bind("email", email).bind("age", age).rowsUpdated();
    }

    private Mono<Long> insertOrder(int id, int customer) {
        return db.sql(INSERT_ORDER).bind("id", id).bind("customer", customer).rowsUpdated();
    }

    private Mono<Long> setBalance(int id, int balance) {
        return db.sql("UPDATE account SET balance = :balance WHERE id = :id").bind("balance", balance).bind("id", id)
                .rowsUpdated();
    }

    private Mono<Integer> balance(int id) {
        return db.sql("SELECT balance FROM account WHERE id = :id").bind("id", id)
                .map(row -> row.get(0, Integer.class)).single();
    }

    /** Updates a row from another pool, outside any transaction of {@link #db}. */
    private Mono<Long> updateElsewhere(int id, int balance) {
        return Mono.usingWhen(Mono.fromSupplier(() -> second(DatabaseOptions.defaults())),
                other -> other.sql("UPDATE account SET balance = :balance WHERE id = :id")
                        .bind("balance", balance).bind("id", id).rowsUpdated(),
                Database::close);
    }

    /** Completes with the error the work ended with, or empty when it succeeded. */
    private static Mono<Optional<Throwable>> outcome(Publisher<?> work) {
        return Flux.from(work).then(Mono.just(Optional.<Throwable>empty()))
                .onErrorResume(error -> Mono.just(Optional.of(error)));
    }


    private void assertNotSent(Sql sql, String... hints) {
        for (Function<Sql, Publisher<?>> run : List.<Function<Sql, Publisher<?>>>of(Sql::fetch, Sql::rowsUpdated)) {
            StepVerifier.create(run.apply(sql))
                    .expectErrorSatisfies(error -> {
                        assertThat(error).isInstanceOf(InvalidStatementException.class);
                        InvalidStatementException invalid = (InvalidStatementException) error;
                        assertThat(invalid.sql()).isEqualTo(sql.text());
                        assertThat(invalid.sqlState()).isNull();
                        assertThat(invalid.getMessage()).contains(hints).contains("| SQL: " + sql.text());
                    })
                    .verify(TIMEOUT);
        }
        assertThat(recorder.count()).as("statements run").isZero();
        assertThat(recorder.startedCount()).as("statements started").isZero();
    }

    /**
     * Checks that a translated error's message is more than the database's: a summary with advice first,
     * then the SQLSTATE, the database's own words, and the statement.
     */
    private static void assertGuides(DatabaseException error) {
        String message = error.getMessage();
        assertThat(message).contains("[SQLSTATE " + (error.sqlState() == null ? "none" : error.sqlState()) + "]");
        assertThat(message).contains("Database said: " + error.databaseMessage());
        if (error.sql() != null) {
            assertThat(message).endsWith(" | SQL: " + error.sql());
        }
        String summary = message.substring(0, message.indexOf(" [SQLSTATE "));
        assertThat(summary).as("advice before the database's message").hasSizeGreaterThan(60)
                .containsAnyOf("Retry", "retry", "Check", "Update", "Write", "Bind", "Validate", "Raise");
        assertThat(error.databaseMessage()).isNotBlank();
        assertThat(error.getCause()).as("the driver's exception is kept").isNotNull();
    }
}
