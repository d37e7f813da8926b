package dev.quicksilver.core.observation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import reactor.util.context.ContextView;

/**
 * Counts and captures the statements a {@code Database} runs. Register it as a listener, run the
 * code under test, then ask how many statements ran and which:
 *
 * <pre>{@code
 * StatementRecorder recorder = StatementRecorder.create();
 * Database db = Database.connect(url, DatabaseOptions.builder().listener(recorder).build());
 * ... run the load ...
 * assertThat(recorder.count()).isEqualTo(4);
 * }</pre>
 *
 * <p>Statements are recorded when they finish. Transaction control ({@code BEGIN}, {@code COMMIT},
 * savepoints) is not a statement and is not recorded. Thread-safe; {@link #reset()} starts a new count.
 */
public final class StatementRecorder implements StatementListener {

    private final ConcurrentLinkedQueue<RecordedStatement> statements = new ConcurrentLinkedQueue<>();
    private final AtomicLong started = new AtomicLong();

    private StatementRecorder() {
    }

    /** A new, empty recorder. */
    public static StatementRecorder create() {
        return new StatementRecorder();
    }

    @Override
    public Execution started(StatementInfo statement, ContextView context) {
        started.incrementAndGet();
        return (outcome, rows, elapsedNanos, error) -> statements.add(new RecordedStatement(statement.sql(),
                statement.operation(), statement.table(), statement.parameters(), outcome, rows,
                Duration.ofNanos(elapsedNanos)));
    }

    /** How many statements finished since creation or the last {@link #reset()}. */
    public int count() {
        return statements.size();
    }

    /** How many statements started (finished or not) since creation or the last reset. */
    public long startedCount() {
        return started.get();
    }

    /** The finished statements, in the order they finished. */
    public List<RecordedStatement> statements() {
        return List.copyOf(new ArrayList<>(statements));
    }

    /** The SQL text of the finished statements, in the order they finished. */
    public List<String> sql() {
        return statements.stream().map(RecordedStatement::sql).toList();
    }

    /** Forgets everything recorded so far. */
    public void reset() {
        statements.clear();
        started.set(0);
    }

    @Override
    public String toString() {
        return "StatementRecorder{count=" + count() + ", sql=" + sql() + '}';
    }
}
