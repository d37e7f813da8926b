package dev.quicksilver.benchmarks.mapping;

import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Building 1,000 entities from column values (as a row reader hands them over, one array per row)
 * through Quicksilver's method-handle accessors, against hand-written constructor and setter calls.
 * The mapping issue's target: the accessors add at most 10% over hand-written code. One operation
 * is 1,000 rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AccessorBenchmark {

    private static final int ROWS = 1_000;
    private static final Object[] NO_RELATIONSHIPS = {};

    private Object[][] rows;
    private EntityAccessor<TrackRecord> recordAccessor;
    private EntityAccessor<TrackBean> beanAccessor;

    /** Builds the rows and resolves the accessors once, as a result shape would be. */
    @Setup
    public void setUp() {
        rows = new Object[ROWS][];
        for (int i = 0; i < ROWS; i++) {
            rows[i] = new Object[] {i, "Track " + i, i % 347, 1 + i % 5, i % 25 == 0 ? null : 1 + i % 25,
                    i % 3 == 0 ? null : "Composer " + i, 200_000 + i, 6_000_000 + i, new BigDecimal("0.99")};
        }
        MappingContext mapping = MappingContext.standard();
        recordAccessor = mapping.entity(TrackRecord.class).accessor();
        beanAccessor = mapping.entity(TrackBean.class).accessor();
    }

    /** Records through the accessor (canonical constructor handle). */
    @Benchmark
    public void recordsThroughAccessor(Blackhole blackhole) {
        for (Object[] row : rows) {
            blackhole.consume(recordAccessor.instantiate(row, NO_RELATIONSHIPS));
        }
    }

    /** Records through hand-written code. */
    @Benchmark
    public void recordsByHand(Blackhole blackhole) {
        for (Object[] row : rows) {
            blackhole.consume(new TrackRecord((Integer) row[0], (String) row[1], (Integer) row[2], (Integer) row[3],
                    (Integer) row[4], (String) row[5], (Integer) row[6], (Integer) row[7], (BigDecimal) row[8]));
        }
    }

    /** Mutable classes through the accessor (no-argument constructor and field handles). */
    @Benchmark
    public void beansThroughAccessor(Blackhole blackhole) {
        for (Object[] row : rows) {
            blackhole.consume(beanAccessor.instantiate(row, NO_RELATIONSHIPS));
        }
    }

    /** Mutable classes through hand-written setters. */
    @Benchmark
    public void beansByHand(Blackhole blackhole) {
        for (Object[] row : rows) {
            TrackBean bean = new TrackBean();
            bean.setTrackId((Integer) row[0]);
            bean.setName((String) row[1]);
            bean.setAlbumId((Integer) row[2]);
            bean.setMediaTypeId((Integer) row[3]);
            bean.setGenreId((Integer) row[4]);
            bean.setComposer((String) row[5]);
            bean.setMilliseconds((Integer) row[6]);
            bean.setBytes((Integer) row[7]);
            bean.setUnitPrice((BigDecimal) row[8]);
            blackhole.consume(bean);
        }
    }
}
