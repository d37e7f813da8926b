package dev.quicksilver.benchmarks.streaming;

import dev.quicksilver.benchmarks.query.TrackReads;
import dev.quicksilver.benchmarks.query.TrackTable;
import dev.quicksilver.benchmarks.support.DriverSettings;
import dev.quicksilver.benchmarks.support.Peer;
import dev.quicksilver.benchmarks.support.Peers;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
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
import org.openjdk.jmh.infra.Blackhole;
import reactor.core.publisher.Flux;

/**
 * A million rows streamed from PostgreSQL and mapped to objects, one at a time, none kept: Quicksilver's
 * {@code fetch()} Flux, raw R2DBC's {@code Result.map}, a Spring Data repository's Flux, and JDBC with a fetch
 * size of 1,000. One operation = all 1,000,000 rows, each consumed by a Blackhole on the thread that maps it.
 * The heap held is measured by {@link dev.quicksilver.benchmarks.support.HeapProfiler} (the report runs this
 * suite with it and {@code -Xmx512m}). Target: Quicksilver at ≥ 0.9× raw R2DBC's rows/s, &lt; 64 MB extra heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class StreamingBenchmark {

    /** Rows per operation. */
    public static final int ROWS = 1_000_000;
    private static final int LOW = TrackTable.MILLISECONDS_BASE + 1;
    private static final int HIGH = TrackTable.MILLISECONDS_BASE + ROWS;

    /** The database and the baselines' driver settings: {@code postgresql} or {@code postgresql-best}. */
    @Param({"postgresql", "postgresql-best"})
    public String database;

    private Peers peers;
    private TrackReads reads;

    /**
     * Connects, creates the million-row table, checks every path reads the same first 1,000 rows.
     *
     * @param benchmark which benchmark the trial runs
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams benchmark) {
        peers = new Peers(DriverSettings.of(database), Peer.measuredBy(benchmark.getBenchmark()), 4);
        TrackTable.create(peers.quicksilver(), ROWS);
        reads = new TrackReads(peers);
        reads.check(LOW, 1_000);
    }

    /** Drops the table and closes the pools. */
    @TearDown(Level.Trial)
    public void tearDown() {
        TrackTable.drop(peers.quicksilver());
        peers.close();
    }

    private static long stream(Flux<?> rows, Blackhole blackhole) {
        Long count = rows.doOnNext(blackhole::consume).count().block();
        if (count == null || count != ROWS) {
            throw new IllegalStateException("Streamed " + count + " rows");
        }
        return count;
    }

    /**
     * @param blackhole consumes each row
     * @return the rows streamed through Quicksilver's {@code select(TRACK).where(…).fetch()}
     */
    @Benchmark
    public long stream1mQuicksilver(Blackhole blackhole) {
        return stream(reads.quicksilverRange(LOW, HIGH), blackhole);
    }

    /**
     * @param blackhole consumes each row
     * @return the rows streamed through raw R2DBC, mapped by hand
     */
    @Benchmark
    public long stream1mRaw(Blackhole blackhole) {
        return stream(reads.rawRange(LOW, HIGH), blackhole);
    }

    /**
     * The heap method's control, not a peer: raw R2DBC collecting every row into one list, which the retained heap
     * must show (a million tracks, well over 64 MB). Not run by the report.
     *
     * @return the rows held
     */
    @Benchmark
    public int stream1mRawCollected() {
        java.util.List<?> all = reads.rawRange(LOW, HIGH).collectList().block();
        return all == null ? 0 : all.size();
    }

    /**
     * @param blackhole consumes each row
     * @return the rows streamed through the Spring Data repository's derived query
     */
    @Benchmark
    public long stream1mSpringData(Blackhole blackhole) {
        return stream(reads.springDataRange(LOW, HIGH), blackhole);
    }

    /**
     * @param blackhole consumes each row
     * @return the rows streamed through JDBC with a fetch size of 1,000
     */
    @Benchmark
    public long stream1mJdbc(Blackhole blackhole) {
        LongAdder count = new LongAdder();
        reads.jdbcRange(LOW, HIGH, track -> {
            blackhole.consume(track);
            count.increment();
        });
        if (count.sum() != ROWS) {
            throw new IllegalStateException("Streamed " + count.sum() + " rows");
        }
        return count.sum();
    }
}
