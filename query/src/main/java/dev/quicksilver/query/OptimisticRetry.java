package dev.quicksilver.query;

import dev.quicksilver.core.exception.TransientDatabaseException;
import java.time.Duration;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/**
 * The retry recipe for optimistic locking: when a write fails with an {@link OptimisticLockException}
 * (or a transient serialization failure or deadlock), run the whole unit of work again — reload, reapply,
 * write — after a short randomized pause. Wrap the transaction (not a single statement), and build the
 * work inside it, so each attempt reads fresh rows:
 *
 * <pre>{@code
 * Mono<Stock> reserve = qs.inSession(session -> session.find(STOCK, "A-1")
 *         .map(stock -> session.add(stock.withQty(stock.qty() - 1))))   // reload + reapply
 *     .single()
 *     .retryWhen(OptimisticRetry.staleWrites(10));                       // a stale version: again
 * }</pre>
 *
 * <p>Built on Reactor's {@link Retry}: exponential backoff with jitter, so contending writers spread out;
 * when the attempts run out the last error is signalled as it was. A domain refusal (say, out of stock)
 * is not retried. For rows that many writers hit at once, a conditional update by criteria
 * ({@code qs.update(STOCK).set(STOCK.QTY, STOCK.QTY.minus(1)).where(…qty >= 1)}) or a pessimistic lock
 * ({@link EntityQuery#lock}) avoids the retries altogether. Thread-safe; the specs are immutable.
 */
public final class OptimisticRetry {

    private OptimisticRetry() {
    }

    /**
     * Retries stale writes up to {@code maxRetries} times, waiting about 5 ms, 10 ms, … at most 200 ms.
     *
     * @param maxRetries how many times to retry after the first attempt
     * @return the retry spec, which can be refined further
     */
    public static RetryBackoffSpec staleWrites(long maxRetries) {
        return staleWrites(maxRetries, Duration.ofMillis(5), Duration.ofMillis(200));
    }

    /**
     * Retries stale writes with the given backoff.
     *
     * @param maxRetries how many times to retry after the first attempt
     * @param firstBackoff the wait before the first retry, doubled each time
     * @param maxBackoff the longest wait
     * @return the retry spec
     */
    public static RetryBackoffSpec staleWrites(long maxRetries, Duration firstBackoff, Duration maxBackoff) {
        return Retry.backoff(maxRetries, firstBackoff)
                .maxBackoff(maxBackoff)
                .jitter(0.75)
                .filter(error -> error instanceof OptimisticLockException || error instanceof TransientDatabaseException)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure());
    }
}
