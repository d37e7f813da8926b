package dev.quicksilver.core.testkit;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.observation.StatementRecorder;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every per-dialect test kit: an abstract class of tests, written once, that each
 * dialect runs by subclassing it and naming its {@link DialectTarget} (as the R2DBC TestKit does).
 * Every test gets a database of its own ({@link #db}) with a {@link StatementRecorder}
 * ({@link #recorder}) attached.
 */
public abstract class DatabaseTestKit {

    /** The test's isolated database. */
    protected Database db;
    /** Records every statement {@link #db} runs. */
    protected StatementRecorder recorder;
    /** The isolated database, with its URL. */
    protected IsolatedDatabase isolated;

    /** The dialect this subclass runs the kit against. */
    protected abstract DialectTarget target();

    /** Options for the test's database; override to change the pool or add listeners. */
    protected DatabaseOptions.Builder options() {
        return DatabaseOptions.builder();
    }

    @BeforeEach
    void createIsolatedDatabase() {
        recorder = StatementRecorder.create();
        isolated = target().create(options().listener(recorder).build());
        db = isolated.database();
    }

    @AfterEach
    void disposeIsolatedDatabase() {
        if (isolated != null) {
            isolated.dispose();
        }
    }

    /** Runs statements one after another, for setting up a test; blocks (tests only). */
    protected void execute(String... statements) {
        for (String statement : statements) {
            db.sql(statement).rowsUpdated().block(Duration.ofSeconds(30));
        }
        recorder.reset();
    }

    /** Counts the rows of a table; blocks (tests only). */
    protected long count(String table) {
        return db.sql("SELECT COUNT(*) FROM " + table).map(row -> row.get(0, Long.class)).blockFirst(Duration.ofSeconds(30));
    }

    /** Waits (up to 30 s) until no connection of a database's pool is in use; fails the test otherwise. */
    protected static void awaitNoConnectionInUse(Database database) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Assertions.assertThat(database.poolStats().orElseThrow().acquired()).as("connections in use").isZero());
    }

    /** Opens a second database on the same isolated database (another pool), to be closed by the caller. */
    protected Database second(DatabaseOptions options) {
        return Database.connect(isolated.url(), options);
    }
}
