package dev.quicksilver.core.observation;

import org.jspecify.annotations.Nullable;
import reactor.util.context.ContextView;

/**
 * Called by a {@code Database} for every statement it runs: once when the statement starts, and
 * once more (through the returned {@link Execution}) when it ends. Register listeners with
 * {@code DatabaseOptions.builder().listener(...)}.
 *
 * <p>Implementations must be thread-safe and fast: they run on the thread that drives the statement,
 * often an event loop, and must never block.
 */
@FunctionalInterface
public interface StatementListener {

    /**
     * A statement is about to be sent.
     *
     * @param statement what is sent
     * @param context the subscriber's Reactor Context (for parent observations, request ids, …)
     * @return the callback for the end of this execution
     */
    Execution started(StatementInfo statement, ContextView context);

    /** The end of one statement execution. */
    @FunctionalInterface
    interface Execution {

        /** An execution that does nothing when it ends. */
        Execution NONE = (outcome, rows, elapsedNanos, error) -> {
        };

        /**
         * The statement finished.
         *
         * @param outcome how it ended
         * @param rows rows emitted, or rows updated for writes
         * @param elapsedNanos time from start to end, in nanoseconds
         * @param error the error when {@code outcome} is {@link StatementOutcome#ERROR}, else {@code null}
         */
        void finished(StatementOutcome outcome, long rows, long elapsedNanos, @Nullable Throwable error);
    }
}
