package dev.quicksilver.benchmarks.query;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.Quicksilver;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The query issue's targets, Quicksilver beside hand-written raw R2DBC on one pool in one run:
 * <ul>
 *   <li>{@code filtered1000*}: 1,000 of 5,000 rows selected by a {@code BETWEEN} condition and mapped
 *       to records (one operation = one query, 1,000 entities collected to a list);</li>
 *   <li>{@code byId64*}: 64 lookups by key of random ids in flight at once (one operation = all 64
 *       done).</li>
 * </ul>
 * Both paths use the same pool ({@link Database#connectionFactory()}), the same SQL text (the raw
 * path writes Quicksilver's rendered statement by hand) and block only at the end of each operation.
 * The target: Quicksilver at least 0.9× the raw path's throughput on both.
 *
 * <p>Runs on PostgreSQL ({@value #POSTGRES_URL}, or the system property {@code quicksilver.bench.postgres})
 * and on embedded H2. The table lives in the schema {@code quicksilver_bench}, created and filled in
 * the trial's set-up and dropped in its tear-down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class QueryBenchmark {

    /** The PostgreSQL database used unless {@code -Dquicksilver.bench.postgres=…} names another. */
    static final String POSTGRES_URL = "r2dbc:postgresql://postgres@127.0.0.1:5432/test";
    private static final String H2_URL = "r2dbc:h2:mem:///quicksilver_bench;DB_CLOSE_DELAY=-1";

    private static final int ROWS = 5_000;
    private static final int SELECTED = 1_000;
    private static final int CONCURRENCY = 64;
    /** Connections in the pool: both paths share it; see the README for why 32 and not 64. */
    private static final int POOL_SIZE = 32;
    private static final int MILLISECONDS_BASE = 200_000;

    private static final EntityModel<BenchTrack> TRACK = EntityModel.of(BenchTrack.class);
    private static final Column<BenchTrack, Integer> TRACK_ID = TRACK.column("trackId", Integer.class);
    private static final Column<BenchTrack, Integer> MILLISECONDS = TRACK.column("milliseconds", Integer.class);

    /** The table, quoted (lower case) as Quicksilver quotes it, so H2 finds it too. */
    private static final String TABLE = "\"quicksilver_bench\".\"bench_track\"";
    private static final String COLUMNS = "t0.\"track_id\", t0.\"name\", t0.\"album_id\", t0.\"media_type_id\","
            + " t0.\"genre_id\", t0.\"composer\", t0.\"milliseconds\", t0.\"bytes\", t0.\"unit_price\"";
    private static final String RAW_FILTERED = "SELECT " + COLUMNS + " FROM " + TABLE
            + " t0 WHERE t0.\"milliseconds\" BETWEEN $1 AND $2";
    private static final String RAW_BY_ID = "SELECT " + COLUMNS + " FROM " + TABLE
            + " t0 WHERE t0.\"track_id\" = $1 LIMIT $2";

    /** Which database: {@code postgresql} or {@code h2}. */
    @Param({"postgresql", "h2"})
    public String database;

    private Database db;
    private Quicksilver qs;
    private dev.quicksilver.query.EntityQuery<BenchTrack> byId;
    private ConnectionFactory pool;

    /** Connects, creates the schema and table and fills them; checks both paths see the same rows. */
    @Setup(Level.Trial)
    public void setUp() {
        boolean postgres = "postgresql".equals(database);
        String url = postgres ? System.getProperty("quicksilver.bench.postgres", POSTGRES_URL) : H2_URL;
        PoolSettings poolSettings = PoolSettings.builder().initialSize(POOL_SIZE).minIdle(POOL_SIZE)
                .maxSize(POOL_SIZE).acquireTimeout(Duration.ofSeconds(30)).build();
        db = Database.connect(url, DatabaseOptions.builder().name("bench").pool(poolSettings).build());
        qs = Quicksilver.of(db);
        byId = qs.select(TRACK).where(TRACK_ID.eq(dev.quicksilver.mapping.model.Expression.param("id", Integer.class)));
        pool = db.connectionFactory();
        run("CREATE SCHEMA IF NOT EXISTS \"quicksilver_bench\"");
        run("DROP TABLE IF EXISTS " + TABLE);
        run("CREATE TABLE " + TABLE + " (\"track_id\" INTEGER PRIMARY KEY, \"name\" VARCHAR(200) NOT NULL,"
                + " \"album_id\" INTEGER, \"media_type_id\" INTEGER NOT NULL, \"genre_id\" INTEGER,"
                + " \"composer\" VARCHAR(220), \"milliseconds\" INTEGER NOT NULL, \"bytes\" INTEGER,"
                + " \"unit_price\" NUMERIC(10, 2) NOT NULL)");
        run("CREATE INDEX \"bench_track_milliseconds\" ON " + TABLE + " (\"milliseconds\")");
        StringBuilder insert = new StringBuilder();
        for (int id = 1; id <= ROWS; id++) {
            insert.append(insert.length() == 0 ? "INSERT INTO " + TABLE + " VALUES " : ", ")
                    .append('(').append(id).append(", 'Track ").append(id).append("', ").append(1 + id % 347)
                    .append(", ").append(1 + id % 5).append(", ").append(id % 25 == 0 ? "NULL" : 1 + id % 25)
                    .append(", ").append(id % 3 == 0 ? "NULL" : "'Composer " + id + "'").append(", ")
                    .append(MILLISECONDS_BASE + id).append(", ").append(6_000_000 + id).append(", 0.99)");
            if (id % 500 == 0) {
                run(insert.toString());
                insert.setLength(0);
            }
        }
        run((postgres ? "ANALYZE " : "ANALYZE TABLE ") + TABLE);
        check();
    }

    /** Drops the table and schema and closes the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        run("DROP TABLE IF EXISTS " + TABLE);
        run("DROP SCHEMA IF EXISTS \"quicksilver_bench\"");
        db.close().block();
    }

    private void run(String sql) {
        db.sql(sql).rowsUpdated().block();
    }

    /** Both paths must return the same entities, or the comparison means nothing. */
    private void check() {
        int low = MILLISECONDS_BASE + 1_001;
        List<BenchTrack> quicksilver = quicksilverFiltered(low);
        List<BenchTrack> raw = rawFiltered(low);
        if (quicksilver.size() != SELECTED || !new HashSet<>(quicksilver).equals(new HashSet<>(raw))) {
            throw new IllegalStateException("The paths disagree: " + quicksilver.size() + " vs " + raw.size() + " rows");
        }
        BenchTrack one = qs.select(TRACK).where(TRACK_ID.eq(42)).one().block();
        if (one == null || !one.equals(rawById(42).block())) {
            throw new IllegalStateException("The by-id paths disagree for id 42");
        }
        sameSql(qs.select(TRACK).where(MILLISECONDS.between(1, 2)).sql(), RAW_FILTERED);
        sameSql(qs.select(TRACK).where(TRACK_ID.eq(1)).limit(2).sql(), RAW_BY_ID);
    }

    private static void sameSql(String rendered, String raw) {
        if (!rendered.replace(":p1", "$1").replace(":p2", "$2").equals(raw)) {
            throw new IllegalStateException("Quicksilver renders " + rendered + " but the raw path sends " + raw);
        }
    }

    private static int randomLow() {
        return MILLISECONDS_BASE + 1 + ThreadLocalRandom.current().nextInt(ROWS - SELECTED + 1);
    }

    private static int randomId() {
        return 1 + ThreadLocalRandom.current().nextInt(ROWS);
    }

    private List<BenchTrack> quicksilverFiltered(int low) {
        return qs.select(TRACK).where(MILLISECONDS.between(low, low + SELECTED - 1)).fetch().collectList().block();
    }

    private List<BenchTrack> rawFiltered(int low) {
        return Flux.usingWhen(pool.create(),
                connection -> Flux.from(connection.createStatement(RAW_FILTERED)
                                .bind(0, low).bind(1, low + SELECTED - 1).execute())
                        .flatMap(result -> result.map(QueryBenchmark::track)),
                Connection::close).collectList().block();
    }

    private Mono<BenchTrack> rawById(int id) {
        return Flux.usingWhen(pool.create(),
                connection -> Flux.from(connection.createStatement(RAW_BY_ID).bind(0, id).bind(1, 2L).execute())
                        .flatMap(result -> result.map(QueryBenchmark::track)),
                Connection::close).singleOrEmpty();
    }

    private static BenchTrack track(Row row, RowMetadata metadata) {
        return new BenchTrack(row.get(0, Integer.class), row.get(1, String.class), row.get(2, Integer.class),
                row.get(3, Integer.class), row.get(4, Integer.class), row.get(5, String.class),
                row.get(6, Integer.class), row.get(7, Integer.class), row.get(8, BigDecimal.class));
    }

    /** 1,000 entities through Quicksilver: {@code select(TRACK).where(MILLISECONDS.between(a, b)).fetch()}. */
    @Benchmark
    public List<BenchTrack> filtered1000Quicksilver() {
        return quicksilverFiltered(randomLow());
    }

    /** 1,000 entities through raw R2DBC on the same pool, mapped by hand. */
    @Benchmark
    public List<BenchTrack> filtered1000Raw() {
        return rawFiltered(randomLow());
    }

    /** 64 concurrent lookups by key through Quicksilver: {@code select(TRACK).where(TRACK_ID.eq(id)).one()}. */
    @Benchmark
    public void byId64Quicksilver() {
        Flux.range(0, CONCURRENCY).flatMap(i -> qs.select(TRACK).where(TRACK_ID.eq(randomId())).one(), CONCURRENCY)
                .then().block();
    }

    /**
     * 64 concurrent lookups by key through one query built with a parameter and kept, bound per lookup:
     * the statement is rendered once ({@code EntityQuery.bind}).
     */
    @Benchmark
    public void byId64QuicksilverPrepared() {
        Flux.range(0, CONCURRENCY).flatMap(i -> byId.bind("id", randomId()).one(), CONCURRENCY).then().block();
    }

    /** 64 concurrent lookups by key through raw R2DBC on the same pool, mapped by hand. */
    @Benchmark
    public void byId64Raw() {
        Flux.range(0, CONCURRENCY).flatMap(i -> rawById(randomId()), CONCURRENCY).then().block();
    }
}
