package dev.quicksilver.benchmarks.query;

import dev.quicksilver.benchmarks.support.DriverSettings;
import dev.quicksilver.benchmarks.support.Peer;
import dev.quicksilver.benchmarks.support.Peers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Reads, Quicksilver beside raw R2DBC, Spring Data R2DBC and JDBC on HikariCP, each with a pool of the
 * same size, in one JVM against one database:
 * <ul>
 *   <li>{@code filtered1000*}: 1,000 of 5,000 rows selected by a {@code BETWEEN} condition and mapped
 *       (one operation = one query, 1,000 objects collected to a list);</li>
 *   <li>{@code byId1*}: one lookup by key of a random id (one operation = one lookup);</li>
 *   <li>{@code byId64*}: 64 lookups by key in flight at once (one operation = all 64 done); JDBC's 64 run on a
 *       pool of 64 threads, as a blocking server would serve 64 requests.</li>
 * </ul>
 * {@code database} picks PostgreSQL with the baselines' drivers at their defaults ({@code postgresql}) or at
 * their best settings ({@code postgresql-best}), or embedded H2; Quicksilver runs at its own defaults. Every
 * operation returns what it read (JMH consumes it); the lookups hash every entity found and return how many. The trial's set-up checks
 * that every path returns the same rows ({@link TrackReads#check}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class QueryBenchmark {

    private static final int ROWS = 5_000;
    private static final int SELECTED = 1_000;
    private static final int CONCURRENCY = 64;

    /** The database and the baselines' driver settings: {@code postgresql}, {@code postgresql-best}, {@code h2}. */
    @Param({"postgresql", "postgresql-best", "h2"})
    public String database;

    private Peers peers;
    private TrackReads reads;
    private @Nullable ExecutorService jdbcThreads;

    /**
     * Connects the measured peer (and the others, small, for the check), creates and fills the table, and
     * checks that every path returns the same rows.
     *
     * @param benchmark which benchmark the trial runs
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams benchmark) {
        Peer measured = Peer.measuredBy(benchmark.getBenchmark());
        peers = new Peers(DriverSettings.of(database), measured, Peers.POOL_SIZE);
        TrackTable.create(peers.quicksilver(), ROWS);
        reads = new TrackReads(peers);
        reads.check(TrackTable.MILLISECONDS_BASE + 1_001, SELECTED);
        if (measured == Peer.JDBC) {
            jdbcThreads = Executors.newFixedThreadPool(CONCURRENCY);
        }
    }

    /** Drops the table and schema and closes the pools. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (jdbcThreads != null) {
            jdbcThreads.shutdownNow();
        }
        TrackTable.drop(peers.quicksilver());
        peers.close();
    }

    private static int randomLow() {
        return TrackTable.MILLISECONDS_BASE + 1 + ThreadLocalRandom.current().nextInt(ROWS - SELECTED + 1);
    }

    private static int randomId() {
        return 1 + ThreadLocalRandom.current().nextInt(ROWS);
    }

    private static <T> List<T> collect(Flux<T> rows) {
        return rows.collectList().block();
    }

    /** 64 lookups in flight at once; every entity hashed (all its fields read); how many were found, checked. */
    private static long lookups(IntFunction<Publisher<?>> lookup) {
        Long found = Flux.range(0, CONCURRENCY).flatMap(i -> lookup.apply(randomId()), CONCURRENCY)
                .map(Object::hashCode).count().block();
        if (found == null || found != CONCURRENCY) {
            throw new IllegalStateException(found + " of " + CONCURRENCY + " lookups found their row");
        }
        return found;
    }

    /** @return 1,000 entities through Quicksilver: {@code select(TRACK).where(MILLISECONDS.between(a, b)).fetch()} */
    @Benchmark
    public List<BenchTrack> filtered1000Quicksilver() {
        int low = randomLow();
        return collect(reads.quicksilverRange(low, low + SELECTED - 1));
    }

    /** @return 1,000 entities through raw R2DBC, mapped by hand */
    @Benchmark
    public List<BenchTrack> filtered1000Raw() {
        int low = randomLow();
        return collect(reads.rawRange(low, low + SELECTED - 1));
    }

    /** @return 1,000 entities through a Spring Data repository's derived query {@code findByMillisecondsBetween} */
    @Benchmark
    public List<SpringTrack> filtered1000SpringData() {
        int low = randomLow();
        return collect(reads.springDataRange(low, low + SELECTED - 1));
    }

    /** @return 1,000 entities through JDBC on HikariCP, mapped by hand */
    @Benchmark
    public List<BenchTrack> filtered1000Jdbc() {
        int low = randomLow();
        List<BenchTrack> tracks = new ArrayList<>(SELECTED);
        reads.jdbcRange(low, low + SELECTED - 1, tracks::add);
        return tracks;
    }

    /** @return one entity through Quicksilver: {@code select(TRACK).where(TRACK_ID.eq(id)).one()} */
    @Benchmark
    public @Nullable BenchTrack byId1Quicksilver() {
        return reads.quicksilverById(randomId()).block();
    }

    /** @return one entity through raw R2DBC, mapped by hand */
    @Benchmark
    public @Nullable BenchTrack byId1Raw() {
        return reads.rawById(randomId()).block();
    }

    /** @return one entity through the Spring Data repository's {@code findById} */
    @Benchmark
    public @Nullable SpringTrack byId1SpringData() {
        return reads.springDataById(randomId()).block();
    }

    /** @return one entity through JDBC on HikariCP, mapped by hand */
    @Benchmark
    public @Nullable BenchTrack byId1Jdbc() {
        return reads.jdbcById(randomId());
    }

    /** @return 64 concurrent lookups through Quicksilver, the query built per lookup */
    @Benchmark
    public long byId64Quicksilver() {
        return lookups(reads::quicksilverById);
    }

    /** @return 64 concurrent lookups through one Quicksilver query built with a parameter, bound per lookup */
    @Benchmark
    public long byId64QuicksilverPrepared() {
        return lookups(reads::quicksilverByIdPrepared);
    }

    /** @return 64 concurrent lookups through raw R2DBC */
    @Benchmark
    public long byId64Raw() {
        return lookups(reads::rawById);
    }

    /** @return 64 concurrent lookups through the Spring Data repository */
    @Benchmark
    public long byId64SpringData() {
        return lookups(reads::springDataById);
    }

    /**
     * @return 64 concurrent lookups through JDBC: 64 tasks on 64 threads sharing the pool
     * @throws InterruptedException if interrupted while waiting
     * @throws ExecutionException if a lookup failed
     */
    @Benchmark
    public long byId64Jdbc() throws InterruptedException, ExecutionException {
        List<Callable<BenchTrack>> lookups = new ArrayList<>(CONCURRENCY);
        for (int i = 0; i < CONCURRENCY; i++) {
            lookups.add(() -> reads.jdbcById(randomId()));
        }
        long found = 0;
        for (Future<BenchTrack> lookup : java.util.Objects.requireNonNull(jdbcThreads).invokeAll(lookups)) {
            found += lookup.get() == null ? 0 : 1;
        }
        if (found != CONCURRENCY) {
            throw new IllegalStateException(found + " of " + CONCURRENCY + " lookups found their row");
        }
        return found;
    }
}
