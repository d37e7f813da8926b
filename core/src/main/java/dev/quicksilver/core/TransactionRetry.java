package dev.quicksilver.core;

import dev.quicksilver.core.exception.TransientDatabaseException;
import java.time.Duration;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/**
 * Retries for transactions that failed transiently: serialization failures (SQLSTATE 40001 on
 * PostgreSQL) and deadlocks (40P01; 40001 on H2). Apply it to the whole transaction, so that each
 * attempt begins anew:
 *
 * <pre>{@code
 * db.inTransaction(tx -> transfer(from, to, amount))
 *   .retryWhen(TransactionRetry.transientFailures(5));
 * }</pre>
 *
 * <p>Built on Reactor's {@link Retry}: exponential backoff with jitter; when the attempts run out
 * the last database error is signalled as it was. Thread-safe.
 */
public final class TransactionRetry {

    private TransactionRetry() {
    }

    /**
     * Retries transient failures up to {@code maxRetries} times, waiting 10 ms, 20 ms, … up to 1 s.
     *
     * @param maxRetries how many times to retry after the first attempt
     * @return the retry spec, which can be refined further (e.g. {@code .maxBackoff(...)})
     */
    public static RetryBackoffSpec transientFailures(long maxRetries) {
        return transientFailures(maxRetries, Duration.ofMillis(10));
    }

    /**
     * Retries transient failures up to {@code maxRetries} times with the given first backoff.
     *
     * @param maxRetries how many times to retry after the first attempt
     * @param firstBackoff the wait before the first retry; doubled each time, at most 1 s
     * @return the retry spec
     */
    public static RetryBackoffSpec transientFailures(long maxRetries, Duration firstBackoff) {
        return Retry.backoff(maxRetries, firstBackoff)
                .maxBackoff(Duration.ofSeconds(1))
                .jitter(0.5)
                .filter(TransientDatabaseException.class::isInstance)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure());
    }
}
