package dev.quicksilver.core.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.core.exception.BadSqlException;
import dev.quicksilver.core.micrometer.PoolMeterBinder;
import dev.quicksilver.core.micrometer.QuicksilverObservations;
import dev.quicksilver.core.observation.RecordedStatement;
import dev.quicksilver.core.observation.StatementOutcome;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.util.context.Context;

/**
 * Observation, written once and run against every dialect: Micrometer observations per statement,
 * pool gauges, the slow-statement log and the statement recorder.
 */
public abstract class ObservationTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String NAME = "inventory";
    private static final int MAX_SIZE = 3;
    private static final String STATEMENT = QuicksilverObservations.OBSERVATION_NAME;

    /** Created with the test instance, so it exists when {@link #options()} is called. */
    private final TestObservationRegistry registry = TestObservationRegistry.create();

    /** The value of the {@code db.system} key on this dialect. */
    protected abstract String dbSystem();

    /** A statement that runs for at least 10 ms on this dialect (its first column is readable as text). */
    protected abstract String slowishQuery();

    @Override
    protected DatabaseOptions.Builder options() {
        return super.options().name(NAME)
                .pool(PoolSettings.builder().initialSize(1).minIdle(1).maxSize(MAX_SIZE).build())
                .listener(QuicksilverObservations.listener(registry));
    }

    @BeforeEach
    void createTable() {
        execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)",
                "INSERT INTO item (id, name) VALUES (42, 'lamp')");
        registry.clear();
    }

    private Mono<String> nameOf(Database database, int id) {
        return database.sql("SELECT name FROM item WHERE id = :id").bind("id", id)
                .map(row -> row.get(0, String.class)).single();
    }

    @Test
    void aSelectIsObservedWithItsKeysAndSuccess() {
        StepVerifier.create(nameOf(db, 42)).expectNext("lamp").verifyComplete();

        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo(STATEMENT, 1)
                .hasObservationWithNameEqualTo(STATEMENT).that()
                .hasBeenStarted()
                .hasBeenStopped()
                .hasContextualNameEqualTo("select item")
                .hasLowCardinalityKeyValue("db.system", dbSystem())
                .hasLowCardinalityKeyValue("db.name", NAME)
                .hasLowCardinalityKeyValue("db.operation", "SELECT")
                .hasLowCardinalityKeyValue("db.table", "item")
                .hasLowCardinalityKeyValue("outcome", "success")
                .hasHighCardinalityKeyValue("db.rows", "1")
                .hasHighCardinalityKeyValueWithKey("db.statement")
                .doesNotHaveHighCardinalityKeyValueWithKey("db.parameters")
                .doesNotHaveError()
                .doesNotHaveParentObservation();
        TestObservationRegistryAssert.assertThat(registry).hasHandledContextsThatSatisfy(contexts ->
                assertThat(contexts).singleElement().satisfies(context ->
                        assertThat(context.getHighCardinalityKeyValue("db.statement").getValue())
                                .startsWith("SELECT name FROM item WHERE id = ").doesNotContain(":id")));
    }

    @Test
    void aFailingStatementIsObservedWithErrorOutcome() {
        StepVerifier.create(db.sql("SELECT name FROM missing_table").fetch())
                .expectError(BadSqlException.class)
                .verify(TIMEOUT);

        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo(STATEMENT, 1)
                .hasObservationWithNameEqualTo(STATEMENT).that()
                .hasBeenStopped()
                .hasLowCardinalityKeyValue("db.system", dbSystem())
                .hasLowCardinalityKeyValue("db.operation", "SELECT")
                .hasLowCardinalityKeyValue("db.table", "missing_table")
                .hasLowCardinalityKeyValue("outcome", "error")
                .hasError()
                .assertThatError().isInstanceOf(BadSqlException.class);
    }

    @Test
    void parametersAreObservedOnlyWhenAllowed() {
        TestObservationRegistry withParameters = TestObservationRegistry.create();
        Database observed = second(DatabaseOptions.builder().name(NAME)
                .listener(QuicksilverObservations.listener(withParameters))
                .parametersObserved(true)
                .build());
        try {
            StepVerifier.create(nameOf(observed, 42)).expectNext("lamp").verifyComplete();
        } finally {
            observed.close().block(TIMEOUT);
        }
        TestObservationRegistryAssert.assertThat(withParameters)
                .hasObservationWithNameEqualTo(STATEMENT).that()
                .hasHighCardinalityKeyValue("db.parameters", "[42]");

        StepVerifier.create(nameOf(db, 42)).expectNext("lamp").verifyComplete();
        TestObservationRegistryAssert.assertThat(registry)
                .hasObservationWithNameEqualTo(STATEMENT).that()
                .doesNotHaveHighCardinalityKeyValueWithKey("db.parameters");
        assertThat(recorder.statements()).singleElement()
                .satisfies(statement -> assertThat(statement.parameters()).isEmpty());
    }

    @Test
    void theReactorContextObservationBecomesTheParent() {
        Observation parent = Observation.start("http.server.requests", registry);
        StepVerifier.create(nameOf(db, 42).contextWrite(Context.of("micrometer.observation", parent)))
                .expectNext("lamp")
                .verifyComplete();
        parent.stop();

        TestObservationRegistryAssert.assertThat(registry)
                .hasObservationWithNameEqualTo(STATEMENT).that()
                .hasParentObservationEqualTo(parent);
    }

    @Test
    void poolGaugesShowThePoolState() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        PoolMeterBinder.of(db).bindTo(meters);

        assertThat(gauge(meters, "max")).isEqualTo(MAX_SIZE);
        for (String name : List.of("acquired", "idle", "pending", "allocated")) {
            assertThat(meters.find("quicksilver.pool." + name).tag("database", NAME).gauge()).as(name).isNotNull();
        }
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(gauge(meters, "acquired")).isZero());

        Double acquiredInside = db.inTransaction(tx -> Mono.fromCallable(() -> gauge(meters, "acquired")))
                .single().block(TIMEOUT);
        assertThat(acquiredInside).as("acquired while a transaction is open").isEqualTo(1.0);

        await().atMost(TIMEOUT).untilAsserted(() -> {
            assertThat(gauge(meters, "acquired")).isZero();
            assertThat(gauge(meters, "pending")).isZero();
            assertThat(gauge(meters, "allocated")).isBetween(1.0, (double) MAX_SIZE);
            assertThat(gauge(meters, "idle")).isEqualTo(gauge(meters, "allocated"));
        });
    }

    @Test
    void slowStatementsAreLoggedAtWarn() {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.quicksilver.core.SlowStatements");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        Database slowLogged = second(DatabaseOptions.builder().name("slow-logged")
                .slowStatementThreshold(Duration.ofMillis(1)).build());
        try {
            // The test's own database logs past the default 1 s only.
            StepVerifier.create(nameOf(db, 42)).expectNext("lamp").verifyComplete();
            assertThat(appender.list).isEmpty();

            StepVerifier.create(slowLogged.sql(slowishQuery()).fetch().then()).verifyComplete();
            assertThat(appender.list).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage()).startsWith("Slow statement on slow-logged (")
                        .contains(slowishQuery(), "SUCCESS");
            });
        } finally {
            logger.detachAppender(appender);
            slowLogged.close().block(TIMEOUT);
        }
    }

    @Test
    void theRecorderCountsStatementsButNotTransactionControl() {
        Mono<Long> work = db.inTransaction(tx -> db.sql("INSERT INTO item (id, name) VALUES (1, 'desk')").rowsUpdated()
                        .then(db.sql("UPDATE item SET name = 'chair' WHERE id = 1").rowsUpdated())
                        .then(db.transactional(db.sql("DELETE FROM item WHERE id = 42").rowsUpdated())))
                .single();
        StepVerifier.create(work).expectNext(1L).verifyComplete();
        StepVerifier.create(nameOf(db, 1)).expectNext("chair").verifyComplete();
        StepVerifier.create(db.sql("SELECT COUNT(*) FROM item").fetch().then()).verifyComplete();

        assertThat(recorder.count()).isEqualTo(5);
        assertThat(recorder.startedCount()).isEqualTo(5);
        assertThat(recorder.statements()).extracting(RecordedStatement::operation)
                .containsExactly("INSERT", "UPDATE", "DELETE", "SELECT", "SELECT");
        assertThat(recorder.statements()).extracting(RecordedStatement::outcome).containsOnly(StatementOutcome.SUCCESS);
        assertThat(recorder.sql()).noneMatch(sql -> {
            String upper = sql.toUpperCase(Locale.ROOT);
            return upper.startsWith("BEGIN") || upper.startsWith("COMMIT") || upper.startsWith("SAVEPOINT")
                    || upper.startsWith("RELEASE") || upper.startsWith("ROLLBACK") || upper.startsWith("SET");
        });
        TestObservationRegistryAssert.assertThat(registry).hasNumberOfObservationsWithNameEqualTo(STATEMENT, 5);
    }

    private double gauge(SimpleMeterRegistry meters, String name) {
        return meters.get("quicksilver.pool." + name).tag("database", NAME).gauge().value();
    }
}
