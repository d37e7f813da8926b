package dev.quicksilver.migrations.internal;

import dev.quicksilver.migrations.MigrationLockException;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The lock that lets one runner at a time change a history table. Implementations: {@link AdvisoryLock}
 * (PostgreSQL) and {@link TableLock} (a row that expires).
 */
interface MigrationLock {

    /**
     * Takes the lock (waiting up to the configured timeout), runs the work, releases the lock
     * whatever happened.
     *
     * @param work given how long the lock took to get
     * @param <T> the work's value
     * @return the work's value, or {@link MigrationLockException} when the lock was not obtained or was lost
     */
    <T> Mono<T> guard(Function<Duration, Mono<T>> work);

    /**
     * Polls an attempt to take a lock until it succeeds or the timeout passes, backing off from 20 ms
     * to 500 ms with jitter.
     *
     * @param attempt emits true when the lock was taken
     * @param timeout how long to keep trying
     * @param timedOut builds the error once the timeout passed
     * @return how long it took
     */
    static Mono<Duration> poll(Mono<Boolean> attempt, Duration timeout, Supplier<Mono<MigrationLockException>> timedOut) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return Mono.defer(() -> attempt.flatMap(taken -> {
                Duration waited = Duration.ofNanos(System.nanoTime() - start);
                if (taken) {
                    return Mono.just(waited);
                }
                if (waited.compareTo(timeout) >= 0) {
                    return timedOut.get().flatMap(Mono::<Duration>error);
                }
                return Mono.error(NotYet.INSTANCE);
            })).retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(20)).maxBackoff(Duration.ofMillis(500))
                    .jitter(0.5).filter(NotYet.class::isInstance));
        });
    }

    /** Signals one more poll; never reaches a subscriber. */
    final class NotYet extends RuntimeException {

        private static final long serialVersionUID = 1L;
        static final NotYet INSTANCE = new NotYet();

        private NotYet() {
            super("lock not taken yet", null, false, false);
        }
    }
}
