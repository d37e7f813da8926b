package dev.quicksilver.core.internal;

import dev.quicksilver.core.observation.StatementInfo;
import dev.quicksilver.core.observation.StatementListener;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.util.context.ContextView;

/** Logs statements that ran longer than a threshold, at WARN, through SLF4J. */
final class SlowStatementLog implements StatementListener {

    private static final Logger LOG = LoggerFactory.getLogger("dev.quicksilver.core.SlowStatements");

    private final long thresholdNanos;

    SlowStatementLog(Duration threshold) {
        this.thresholdNanos = threshold.toNanos();
    }

    @Override
    public Execution started(StatementInfo statement, ContextView context) {
        return (outcome, rows, elapsedNanos, error) -> {
            if (elapsedNanos >= thresholdNanos && LOG.isWarnEnabled()) {
                LOG.warn("Slow statement on {} ({} ms, {} rows, {}): {}", statement.databaseName(),
                        elapsedNanos / 1_000_000, rows, outcome, statement.sql());
            }
        };
    }
}
