package dev.quicksilver.core.internal;

import dev.quicksilver.core.observation.StatementInfo;
import dev.quicksilver.core.observation.StatementListener;
import dev.quicksilver.core.observation.StatementListener.Execution;
import dev.quicksilver.core.observation.StatementOutcome;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.observability.DefaultSignalListener;
import reactor.core.publisher.Flux;
import reactor.util.context.ContextView;

/**
 * Calls the database's statement listeners around each execution. With no listener, a statement's
 * stream is returned untouched.
 */
final class StatementObservers {

    private static final Logger LOG = LoggerFactory.getLogger(StatementObservers.class);

    private final List<StatementListener> listeners;

    StatementObservers(List<StatementListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    boolean isEmpty() {
        return listeners.isEmpty();
    }

    <T> Flux<T> observe(StatementInfo statement, ContextView context, Flux<T> execution, ToLongFunction<T> rowCount) {
        if (listeners.isEmpty()) {
            return execution;
        }
        // One operator, one listener per subscription (Reactor's tap), rather than defer and four doOn… stages
        // on every statement.
        return execution.tap(() -> new Tracker<>(start(statement, context), rowCount));
    }

    /** A failing listener is logged and skipped: observing a statement never changes its outcome. */
    private Execution[] start(StatementInfo statement, ContextView context) {
        Execution[] executions = new Execution[listeners.size()];
        for (int i = 0; i < executions.length; i++) {
            try {
                executions[i] = listeners.get(i).started(statement, context);
            } catch (RuntimeException failure) {
                LOG.warn("Statement listener {} failed at start; it is skipped for this statement", listeners.get(i),
                        failure);
                executions[i] = Execution.NONE;
            }
        }
        return executions;
    }

    /** The state of one observed execution, fed by Reactor's signals. */
    private static final class Tracker<T> extends DefaultSignalListener<T> {

        private final Execution[] executions;
        private final ToLongFunction<T> rowCount;
        private final long startNanos = System.nanoTime();
        private volatile long rows;
        private boolean finished;

        Tracker(Execution[] executions, ToLongFunction<T> rowCount) {
            this.executions = executions;
            this.rowCount = rowCount;
        }

        @Override
        public void doOnNext(T value) {
            rows += rowCount.applyAsLong(value);
        }

        @Override
        public void doOnComplete() {
            finish(StatementOutcome.SUCCESS, null);
        }

        @Override
        public void doOnError(Throwable error) {
            finish(StatementOutcome.ERROR, error);
        }

        @Override
        public void doOnCancel() {
            finish(StatementOutcome.CANCELLED, null);
        }

        synchronized void finish(StatementOutcome outcome, @Nullable Throwable error) {
            if (finished) {
                return;
            }
            finished = true;
            long elapsed = System.nanoTime() - startNanos;
            for (Execution execution : executions) {
                try {
                    execution.finished(outcome, rows, elapsed, error);
                } catch (RuntimeException failure) {
                    LOG.warn("Statement listener failed at the end of a statement; the statement's outcome stands",
                            failure);
                }
            }
        }
    }
}
