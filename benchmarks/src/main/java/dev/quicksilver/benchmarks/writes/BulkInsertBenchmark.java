package dev.quicksilver.benchmarks.writes;

import dev.quicksilver.benchmarks.support.DriverSettings;
import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.BulkMode;
import dev.quicksilver.query.BulkResult;
import dev.quicksilver.query.Quicksilver;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
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
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.r2dbc.repository.support.R2dbcRepositoryFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The writes issue's bulk insert target, side by side in one run on PostgreSQL: 100,000 generated rows
 * ({@link BenchItem}: a {@code BIGINT} key, a label, a nullable integer, a {@code NUMERIC}) into a table
 * truncated before each operation, through
 * <ul>
 *   <li>Quicksilver's bulk writer ({@code qs.bulkInsert(ITEM).write(Flux.range(…).map(…))}, COPY path),
 *       with its defaults (chunks of 1,000, all or nothing) and with chunks of 10,000 committed each;</li>
 *   <li>raw r2dbc-postgresql {@code copyIn} on a connection of the same pool, the text encoded by hand from the
 *       same generated values, 1,000 rows per buffer, one COPY: through {@code copyIn(sql, publisher)} (the
 *       driver sends it as one frame once all is encoded) and through {@code fromMany} (a frame per buffer,
 *       streamed);</li>
 *   <li>JDBC: a {@code PreparedStatement} batch (executed every 1,000 rows, one commit) with
 *       {@code reWriteBatchedInserts=true};</li>
 *   <li>Spring Data R2DBC's repository {@code saveAll} on the same pool, on <b>5,000</b> rows per operation
 *       (100,000 would take over a minute per operation); compare per row.</li>
 * </ul>
 * Target: Quicksilver ≥ 0.9× raw copyIn, ≥ 1.2× JDBC, ≥ 50× Spring Data (rows per second).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class BulkInsertBenchmark {


    /** Rows per operation (every path but Spring Data). */
    public static final int ROWS = 100_000;
    /** Rows per Spring Data operation. */
    public static final int SPRING_ROWS = 5_000;
    private static final int POOL_SIZE = 8;
    private static final int BUFFER_ROWS = 1_000;

    private static final EntityModel<BenchItem> ITEM = EntityModel.of(BenchItem.class);
    private static final String SCHEMA = "\"quicksilver_writes_bench\"";
    private static final String TABLE = SCHEMA + ".\"bench_item\"";
    private static final String COPY = "COPY " + TABLE + " (\"item_id\", \"label\", \"quantity\", \"price\") FROM STDIN";
    private static final String INSERT = "INSERT INTO " + TABLE
            + " (\"item_id\", \"label\", \"quantity\", \"price\") VALUES (?, ?, ?, ?)";

    private Database db;
    private Quicksilver qs;
    private ConnectionFactory pool;
    private java.sql.Connection jdbc;
    private SpringItemRepository repository;

    /** Connects the pool, JDBC and Spring Data, and creates the table. */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        String url = DriverSettings.postgresUrl();
        PoolSettings poolSettings = PoolSettings.builder().initialSize(POOL_SIZE).minIdle(POOL_SIZE)
                .maxSize(POOL_SIZE).acquireTimeout(Duration.ofSeconds(30)).build();
        db = Database.connect(url, DatabaseOptions.builder().name("bench").pool(poolSettings).build());
        qs = Quicksilver.of(db);
        pool = db.connectionFactory();
        run("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        run("DROP TABLE IF EXISTS " + TABLE);
        run("CREATE TABLE " + TABLE + " (\"item_id\" BIGINT PRIMARY KEY, \"label\" VARCHAR(60) NOT NULL,"
                + " \"quantity\" INTEGER, \"price\" NUMERIC(10, 2))");
        jdbc = DriverManager.getConnection(DriverSettings.postgresJdbcUrl() + "&reWriteBatchedInserts=true");
        jdbc.setAutoCommit(false);
        R2dbcEntityTemplate template = new R2dbcEntityTemplate(pool);
        repository = new R2dbcRepositoryFactory(template).getRepository(SpringItemRepository.class);
        check();
    }

    /** Every path must write the same rows, or the comparison means nothing. */
    private void check() {
        String expected = null;
        for (Runnable path : new Runnable[] {this::quicksilverDefault, this::rawCopyIn, this::rawCopyInStreamed,
                this::jdbcBatch}) {
            truncate();
            path.run();
            String digest = digest();
            if (expected != null && !expected.equals(digest)) {
                throw new IllegalStateException("The paths wrote different rows: " + expected + " vs " + digest);
            }
            expected = digest;
        }
        truncate();
        springDataSaveAll5000();
        Long springRows = db.sql("SELECT count(*) FROM " + TABLE + " WHERE \"label\" = 'item ' || \"item_id\"")
                .map(row -> row.get(0, Long.class)).single().block();
        if (springRows == null || springRows != SPRING_ROWS) {
            throw new IllegalStateException("Spring Data wrote " + springRows + " rows");
        }
    }

    private String digest() {
        return db.sql("SELECT count(*) || '/' || md5(string_agg(\"item_id\" || ',' || \"label\" || ','"
                        + " || coalesce(\"quantity\"::text, 'null') || ',' || coalesce(\"price\"::text, 'null'), ';'"
                        + " ORDER BY \"item_id\")) FROM " + TABLE)
                .map(row -> row.get(0, String.class)).single().block();
    }

    /** Drops the table and schema and closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        jdbc.close();
        run("DROP TABLE IF EXISTS " + TABLE);
        run("DROP SCHEMA IF EXISTS " + SCHEMA);
        db.close().block();
    }

    /** Each operation starts from an empty table. */
    @Setup(Level.Invocation)
    public void truncate() {
        run("TRUNCATE " + TABLE);
    }

    private void run(String sql) {
        db.sql(sql).rowsUpdated().block();
    }

    private static Flux<BenchItem> items(int rows) {
        return Flux.range(1, rows).map(BenchItem::generate);
    }

    /** Quicksilver's bulk writer with its defaults: all or nothing, one COPY fed in chunks of 1,000. */
    @Benchmark
    public BulkResult quicksilverDefault() {
        return require(qs.bulkInsert(ITEM).write(items(ROWS)).block());
    }

    /** Quicksilver's bulk writer, chunks of 10,000 committed each, two in flight. */
    @Benchmark
    public BulkResult quicksilverChunks10k() {
        return require(qs.bulkInsert(ITEM).chunkSize(10_000).maxInFlight(2).mode(BulkMode.COMMIT_PER_CHUNK)
                .write(items(ROWS)).block());
    }

    /**
     * Diagnostic, not a target: the bulk writer with one chunk of all 100,000 rows (a single COPY, as the raw
     * path sends), to separate the per-chunk round trips from the per-row work (validation, values, encoding).
     */
    @Benchmark
    public BulkResult quicksilverOneChunk() {
        return require(qs.bulkInsert(ITEM).chunkSize(ROWS).write(items(ROWS)).block());
    }

    private static BulkResult require(BulkResult result) {
        if (result.rows() != ROWS || result.method() != BulkResult.Method.COPY) {
            throw new IllegalStateException("Unexpected bulk result " + result);
        }
        return result;
    }

    /**
     * Raw r2dbc-postgresql {@code copyIn(sql, publisher)} on a pooled connection: one COPY, text encoded by
     * hand. (The driver gathers the whole publisher into one CopyData frame before sending it.)
     */
    @Benchmark
    public Long rawCopyIn() {
        return rawCopy(data -> (connection -> unwrap(connection).copyIn(COPY, data)));
    }

    /**
     * Raw r2dbc-postgresql {@code copyIn(sql).fromMany(…)}: one COPY streamed as one CopyData frame per buffer of
     * 1,000 rows, so the server reads while the client encodes.
     */
    @Benchmark
    public Long rawCopyInStreamed() {
        return rawCopy(data -> (connection -> unwrap(connection).copyIn(COPY).fromMany(data.map(Mono::just)).build()));
    }

    private Long rawCopy(java.util.function.Function<Flux<ByteBuf>,
            java.util.function.Function<Connection, Mono<Long>>> copy) {
        Flux<ByteBuf> data = items(ROWS).buffer(BUFFER_ROWS).map(chunk -> {
            StringBuilder text = new StringBuilder(chunk.size() * 40);
            for (BenchItem item : chunk) {
                text.append(item.itemId()).append('\t').append(item.label()).append('\t');
                if (item.quantity() == null) {
                    text.append("\\N");
                } else {
                    text.append(item.quantity().intValue());
                }
                text.append('\t');
                BigDecimal price = item.price();
                text.append(price == null ? "\\N" : price.toPlainString()).append('\n');
            }
            return Unpooled.wrappedBuffer(text.toString().getBytes(StandardCharsets.UTF_8));
        });
        Long rows = Mono.usingWhen(pool.create(), copy.apply(data), Connection::close).block();
        if (rows == null || rows != ROWS) {
            throw new IllegalStateException("copyIn wrote " + rows);
        }
        return rows;
    }

    private static PostgresqlConnection unwrap(Connection connection) {
        Object current = connection;
        while (!(current instanceof PostgresqlConnection) && current instanceof Wrapped<?> wrapped) {
            current = wrapped.unwrap();
        }
        return (PostgresqlConnection) current;
    }

    /** JDBC: one prepared statement, {@code addBatch} per row, executed every 1,000 rows, one commit. */
    @Benchmark
    public int jdbcBatch() {
        try (PreparedStatement insert = jdbc.prepareStatement(INSERT)) {
            for (int i = 1; i <= ROWS; i++) {
                BenchItem item = BenchItem.generate(i);
                insert.setLong(1, item.itemId());
                insert.setString(2, item.label());
                if (item.quantity() == null) {
                    insert.setNull(3, Types.INTEGER);
                } else {
                    insert.setInt(3, item.quantity());
                }
                insert.setBigDecimal(4, item.price());
                insert.addBatch();
                if (i % BUFFER_ROWS == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            jdbc.commit();
            return ROWS;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Spring Data R2DBC: {@code repository.saveAll(Flux)} of 5,000 rows (not 100,000; compare per row). */
    @Benchmark
    public Long springDataSaveAll5000() {
        Long rows = repository.saveAll(Flux.range(1, SPRING_ROWS).map(SpringItem::generate)).count().block();
        if (rows == null || rows != SPRING_ROWS) {
            throw new IllegalStateException("saveAll wrote " + rows);
        }
        return rows;
    }
}
