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
        return Flux.defer(() -> {
            Tracker tracker = new Tracker(start(statement, context));
            return execution
                    .doOnNext(value -> tracker.rows += rowCount.applyAsLong(value))
                    .doOnComplete(() -> tracker.finish(StatementOutcome.SUCCESS, null))
                    .doOnError(error -> tracker.finish(StatementOutcome.ERROR, error))
                    .doOnCancel(() -> tracker.finish(StatementOutcome.CANCELLED, null));
        });
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

    /** The state of one observed execution. */
    private static final class Tracker {

        private final Execution[] executions;
        private final long startNanos = System.nanoTime();
        private volatile long rows;
        private boolean finished;

        Tracker(Execution[] executions) {
            this.executions = executions;
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
