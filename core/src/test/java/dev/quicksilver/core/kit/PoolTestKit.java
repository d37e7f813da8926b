package dev.quicksilver.core.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.core.PoolStats;
import dev.quicksilver.core.exception.PoolExhaustedException;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * The connection pool under load, cancellation and exhaustion, written once and run against every
 * dialect. Each test's database pools at most {@value #MAX_SIZE} connections.
 */
public abstract class PoolTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_SIZE = 4;

    /**
     * Statements creating a row counter: a database object that {@link #countEachRow(int)} advances
     * once per row it computes, starting from 1, visible from any session.
     */
    protected abstract List<String> createRowCounter();

    /** A query generating {@code rows} rows, each the row counter's next value (1, 2, 3, …). */
    protected abstract String countEachRow(int rows);

    /** A query reading how far the row counter got, as a number. */
    protected abstract String rowCounterValue();

    @Override
    protected DatabaseOptions.Builder options() {
        return super.options().pool(PoolSettings.builder().initialSize(1).minIdle(1).maxSize(MAX_SIZE).build());
    }

    @Test
    void cancelledStreamReturnsItsConnectionAndStopsTheDatabase() {
        execute(createRowCounter().toArray(String[]::new));
        PoolStats before = db.poolStats().orElseThrow();

        StepVerifier.create(db.sql(countEachRow(100_000)).fetchSize(100)
                        .map(row -> row.get(0, Long.class))
                        .take(10))
                .expectNext(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L)
                .verifyComplete();

        await().atMost(TIMEOUT).untilAsserted(() -> {
            PoolStats after = db.poolStats().orElseThrow();
            assertThat(after.acquired()).as("acquired after cancel").isZero();
            assertThat(after.idle()).as("idle after cancel (before: %s)", before).isEqualTo(before.idle());
        });
        long reached = db.sql(rowCounterValue()).map(row -> row.get(0, Long.class)).blockFirst(TIMEOUT);
        System.out.printf("%s: the row counter reached %d of 100000 before the cancel stopped the query%n",
                target().name(), reached);
        assertThat(reached).as("rows the database computed before the cancel").isLessThan(10_000L);
    }

    @Test
    void manyConcurrentQueriesShareASmallPool() {
        AtomicInteger maxAcquired = new AtomicInteger();
        AtomicInteger maxAllocated = new AtomicInteger();
        Disposable sampler = Flux.interval(Duration.ofMillis(1))
                .doOnNext(tick -> sample(maxAcquired, maxAllocated))
                .subscribe();
        try {
            // Each query holds its connection for a few milliseconds, so the 64 really compete for 4.
            Flux<Integer> queries = Flux.range(1, 64)
                    .flatMap(query -> db.sql(target().generateRows(3))
                            .map(row -> {
                                sample(maxAcquired, maxAllocated);
                                return row.get(0, Long.class);
                            })
                            .delayElements(Duration.ofMillis(2))
                            .count()
                            .map(Long::intValue), 64);
            StepVerifier.create(queries.collectList())
                    .assertNext(counts -> assertThat(counts).hasSize(64).containsOnly(3))
                    .verifyComplete();
        } finally {
            sampler.dispose();
        }
        assertThat(maxAcquired.get()).as("most connections acquired at once").isBetween(2, MAX_SIZE);
        assertThat(maxAllocated.get()).as("most connections open at once").isLessThanOrEqualTo(MAX_SIZE);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(db.poolStats().orElseThrow().acquired()).isZero());
    }

    @Test
    void acquireFailsWithPoolExhaustedWhenTheOnlyConnectionIsHeld() throws Exception {
        Duration acquireTimeout = Duration.ofMillis(300);
        Database single = second(DatabaseOptions.builder()
                .pool(PoolSettings.builder().initialSize(1).minIdle(1).maxSize(1).acquireTimeout(acquireTimeout).build())
                .build());
        try {
            Sinks.Empty<Void> begun = Sinks.empty();
            Sinks.Empty<Void> release = Sinks.empty();
            CompletableFuture<Void> holder = single.inTransaction(tx -> single.sql("SELECT 1").fetch()
                            .then(Mono.fromRunnable(begun::tryEmitEmpty))
                            .then(release.asMono()))
                    .then()
                    .toFuture();
            begun.asMono().block(TIMEOUT);

            long started = System.nanoTime();
            StepVerifier.create(single.sql("SELECT 1").fetch())
                    .expectErrorSatisfies(error -> {
                        assertThat(error).isInstanceOf(PoolExhaustedException.class);
                        PoolExhaustedException exhausted = (PoolExhaustedException) error;
                        assertThat(exhausted.acquired()).isEqualTo(1);
                        assertThat(exhausted.idle()).isZero();
                        assertThat(exhausted.max()).isEqualTo(1);
                        assertThat(exhausted.getMessage()).contains("300 ms", "acquired=1", "idle=0", "pending=",
                                "max=1");
                    })
                    .verify(TIMEOUT);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            assertThat(elapsed).as("time the acquire waited").isGreaterThanOrEqualTo(acquireTimeout);

            release.tryEmitEmpty();
            holder.get(30, TimeUnit.SECONDS);
            await().atMost(TIMEOUT).untilAsserted(() -> assertThat(single.poolStats().orElseThrow().acquired()).isZero());
            // The connection is back: the next acquire succeeds.
            StepVerifier.create(single.sql("SELECT 1").fetch().count().subscribeOn(Schedulers.parallel()))
                    .expectNext(1L)
                    .verifyComplete();
        } finally {
            single.close().block(TIMEOUT);
        }
    }

    private void sample(AtomicInteger maxAcquired, AtomicInteger maxAllocated) {
        db.poolStats().ifPresent(stats -> {
            maxAcquired.accumulateAndGet(stats.acquired(), Math::max);
            maxAllocated.accumulateAndGet(stats.allocated(), Math::max);
        });
    }
}
