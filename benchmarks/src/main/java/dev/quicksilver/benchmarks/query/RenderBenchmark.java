package dev.quicksilver.benchmarks.query;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.Quicksilver;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of building and rendering a by-id query without running it: {@code select(TRACK).where(TRACK_ID.eq(id))}
 * then {@code sql()} (the statement text, rendered with its values bound). No database round trip; the
 * database is embedded H2, used only for its dialect.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {

    private static final EntityModel<BenchTrack> TRACK = EntityModel.of(BenchTrack.class);
    private static final Column<BenchTrack, Integer> TRACK_ID = TRACK.column("trackId", Integer.class);

    private Database db;
    private Quicksilver qs;

    /** An embedded H2 database for its dialect. */
    @Setup(Level.Trial)
    public void setUp() {
        db = Database.connect("r2dbc:h2:mem:///quicksilver_render_bench");
        qs = Quicksilver.of(db);
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void tearDown() {
        db.close().block();
    }

    /** Builds the query and renders its statement. */
    @Benchmark
    public String buildAndRenderById() {
        return qs.select(TRACK).where(TRACK_ID.eq(ThreadLocalRandom.current().nextInt(1, 5_000))).sql();
    }
}
