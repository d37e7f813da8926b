package dev.quicksilver.query.kit;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.observation.StatementRecorder;
import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.core.testkit.IsolatedDatabase;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.chinook.Album;
import dev.quicksilver.mapping.chinook.Artist;
import dev.quicksilver.mapping.chinook.Customer;
import dev.quicksilver.mapping.chinook.Employee;
import dev.quicksilver.mapping.chinook.Genre;
import dev.quicksilver.mapping.chinook.Invoice;
import dev.quicksilver.mapping.chinook.InvoiceLine;
import dev.quicksilver.mapping.chinook.MediaType;
import dev.quicksilver.mapping.chinook.Playlist;
import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import dev.quicksilver.query.Quicksilver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of the query kits: one isolated database per test class holding the whole Chinook
 * dataset (schema generated from the test entities, data from the Chinook script), read-only for
 * the tests, with a {@link StatementRecorder} reset before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ChinookTestKit {

    /** How long a blocking test step may take. */
    protected static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The Chinook entities. */
    protected static final List<Class<?>> CHINOOK = List.of(Album.class, Artist.class, Customer.class,
            Employee.class, Genre.class, Invoice.class, InvoiceLine.class, MediaType.class, Playlist.class,
            Track.class);

    /** The database with the Chinook data. */
    protected Database db;
    /** The query entry point on {@link #db}. */
    protected Quicksilver qs;
    /** Records every statement {@link #db} runs; reset before each test. */
    protected StatementRecorder recorder;
    private IsolatedDatabase isolated;

    /** The dialect the subclass runs against. */
    protected abstract DialectTarget target();

    @BeforeAll
    void loadChinook() {
        recorder = StatementRecorder.create();
        isolated = target().create(DatabaseOptions.builder().listener(recorder).build());
        db = isolated.database();
        qs = Quicksilver.of(db);
        for (String statement : SchemaDdl.of(MappingContext.standard(), db.dialect()).create(CHINOOK)) {
            db.sql(statement).rowsUpdated().block(TIMEOUT);
        }
        for (String statement : dataStatements()) {
            db.sql(statement).rowsUpdated().block(TIMEOUT);
        }
    }

    @BeforeEach
    void resetRecorder() {
        recorder.reset();
    }

    @AfterAll
    void dispose() {
        if (isolated != null) {
            isolated.dispose();
        }
    }

    /** A number from a query of its own, for checking the builder's answers; blocks (tests only). */
    protected long scalar(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).blockFirst(TIMEOUT);
    }

    /** The rows of hand-written SQL, each as a list of its values; blocks (tests only). */
    protected List<List<Object>> rows(String sql) {
        return db.sql(sql).map(row -> {
            List<Object> values = new java.util.ArrayList<>();
            for (int i = 0; i < row.shape().size(); i++) {
                values.add(row.get(i));
            }
            return values;
        }).collectList().block(TIMEOUT);
    }

    private static List<String> dataStatements() {
        try (InputStream in = Objects.requireNonNull(ChinookTestKit.class.getResourceAsStream("/chinook/chinook-data.sql"),
                "chinook-data.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            // Statements end with ");" at a line end; values never contain that sequence followed by a newline.
            return Arrays.stream(script.split("\\);\\s*\\n")).map(String::strip).filter(sql -> !sql.isEmpty())
                    .map(sql -> sql.endsWith(")") ? sql : sql + ")").toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
