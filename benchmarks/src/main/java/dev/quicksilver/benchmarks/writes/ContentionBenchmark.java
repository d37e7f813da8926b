package dev.quicksilver.benchmarks.writes;

import static dev.quicksilver.benchmarks.writes.BenchStock.QTY;
import static dev.quicksilver.benchmarks.writes.BenchStock.SKU;
import static dev.quicksilver.benchmarks.writes.BenchStock.STOCK;

import dev.quicksilver.benchmarks.support.DriverSettings;
import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.query.OptimisticRetry;
import dev.quicksilver.query.Quicksilver;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.List;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The writes issue's inventory contention target on PostgreSQL: 64 concurrent reservations of one unit
 * against a stock of 50 (reset before each operation), each inserting a movement in the same transaction;
 * exactly 50 succeed and 14 are refused, checked after every operation. One operation = all 64 done.
 * <ul>
 *   <li>{@code conditionalQuicksilver}: as the test kit, {@code db.transactional(qs.update(STOCK).set(QTY,
 *       QTY.minus(1)).where(SKU.eq(…).and(QTY.ge(1))).execute().flatMap(n -> … qs.insert(movement)))};</li>
 *   <li>{@code conditionalRaw}: the same by hand on the same pool: {@code beginTransaction}, the conditional
 *       {@code UPDATE}, the {@code INSERT … RETURNING "id"} (Quicksilver's insert returns the key too),
 *       commit, or rollback on refusal;</li>
 *   <li>{@code optimisticQuicksilver}: the test kit's session path, read, check, versioned write,
 *       retried with {@code OptimisticRetry.staleWrites(1000, 2 ms, 50 ms)};</li>
 *   <li>{@code optimisticRaw}: the same by hand on the same pool, with the same retry policy.</li>
 * </ul>
 * Target: Quicksilver's conditional update within 10% of the hand-written one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ContentionBenchmark {

    private static final int STOCK_LEVEL = 50;
    private static final int RESERVATIONS = 64;
    /** As QueryBenchmark: 32 connections, 64 reservations queue on the pool (2 cores, shared max_connections). */
    private static final int POOL_SIZE = 32;
    private static final String SKU_VALUE = "A-1";
    private static final String SCHEMA = "\"quicksilver_writes_bench\"";
    private static final String STOCK_TABLE = SCHEMA + ".\"stock\"";
    private static final String MOVEMENT_TABLE = SCHEMA + ".\"movement\"";
    private static final String RAW_UPDATE = "UPDATE " + STOCK_TABLE
            + " SET \"qty\" = \"qty\" - $1 WHERE \"sku\" = $2 AND \"qty\" >= $3";
    private static final String RAW_READ = "SELECT \"qty\", \"version\" FROM " + STOCK_TABLE + " WHERE \"sku\" = $1";
    private static final String RAW_VERSIONED_UPDATE = "UPDATE " + STOCK_TABLE
            + " SET \"qty\" = $1, \"version\" = $2 WHERE \"sku\" = $3 AND \"version\" = $4";
    private static final String RAW_INSERT = "INSERT INTO " + MOVEMENT_TABLE
            + " (\"sku\", \"delta\") VALUES ($1, $2) RETURNING \"id\"";

    /** A reservation refused: nothing left. */
    static final class OutOfStockException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfStockException() {
            super("No " + SKU_VALUE + " left to reserve", null, false, false);
        }
    }

    /** A versioned write found the row changed since it was read. */
    static final class StaleWriteException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleWriteException() {
            super("The stock changed since it was read", null, false, false);
        }
    }

    private Database db;
    private Quicksilver qs;
    private ConnectionFactory pool;

    /** Connects and creates the tables. */
    @Setup(Level.Trial)
    public void setUp() {
        String url = DriverSettings.postgresUrl();
        PoolSettings poolSettings = PoolSettings.builder().initialSize(POOL_SIZE).minIdle(POOL_SIZE)
                .maxSize(POOL_SIZE).acquireTimeout(Duration.ofSeconds(30)).build();
        db = Database.connect(url, DatabaseOptions.builder().name("bench").pool(poolSettings).build());
        qs = Quicksilver.of(db);
        pool = db.connectionFactory();
        run("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        run("DROP TABLE IF EXISTS " + STOCK_TABLE);
        run("DROP TABLE IF EXISTS " + MOVEMENT_TABLE);
        run("CREATE TABLE " + STOCK_TABLE + " (\"sku\" VARCHAR(20) PRIMARY KEY, \"qty\" INTEGER NOT NULL,"
                + " \"version\" BIGINT NOT NULL)");
        run("CREATE TABLE " + MOVEMENT_TABLE + " (\"id\" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " \"sku\" VARCHAR(20) NOT NULL, \"delta\" INTEGER NOT NULL)");
        run("INSERT INTO " + STOCK_TABLE + " VALUES ('" + SKU_VALUE + "', " + STOCK_LEVEL + ", 0)");
    }

    /** Drops the tables and closes the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        run("DROP TABLE IF EXISTS " + STOCK_TABLE);
        run("DROP TABLE IF EXISTS " + MOVEMENT_TABLE);
        run("DROP SCHEMA IF EXISTS " + SCHEMA);
        db.close().block();
    }

    /** Stock back to 50, no movements. */
    @Setup(Level.Invocation)
    public void reset() {
        run("TRUNCATE " + MOVEMENT_TABLE);
        run("UPDATE " + STOCK_TABLE + " SET \"qty\" = " + STOCK_LEVEL + ", \"version\" = 0");
    }

    /** Exactly 50 reserved, stock 0, 50 movements: a wrong result would make the timing meaningless. */
    @TearDown(Level.Invocation)
    public void verify() {
        List<Long> state = db.sql("SELECT (SELECT \"qty\" FROM " + STOCK_TABLE + ")::bigint, (SELECT count(*) FROM "
                + MOVEMENT_TABLE + ")").map(row -> List.of(row.get(0, Long.class), row.get(1, Long.class)))
                .single().block();
        if (!List.of(0L, (long) STOCK_LEVEL).equals(state)) {
            throw new IllegalStateException("Stock and movements after the run: " + state);
        }
    }

    private void run(String sql) {
        db.sql(sql).rowsUpdated().block();
    }

    private static void reserveConcurrently(java.util.function.IntFunction<Mono<?>> reservation) {
        Long reserved = Flux.range(0, RESERVATIONS)
                .flatMap(i -> reservation.apply(i).thenReturn(1L)
                        .onErrorResume(OutOfStockException.class, refused -> Mono.just(0L)), RESERVATIONS)
                .reduce(0L, Long::sum).block();
        if (reserved == null || reserved != STOCK_LEVEL) {
            throw new IllegalStateException(reserved + " reserved");
        }
    }

    /** Quicksilver's conditional update and insert in one transaction, as in the inventory test kit. */
    @Benchmark
    public void conditionalQuicksilver() {
        reserveConcurrently(i -> db.transactional(
                qs.update(STOCK).set(QTY, QTY.minus(1)).where(SKU.eq(SKU_VALUE).and(QTY.ge(1))).execute()
                        .flatMap(updated -> updated == 0 ? Mono.error(new OutOfStockException())
                                : qs.insert(new BenchMovement(null, SKU_VALUE, -1)))));
    }

    /** The same by hand on raw R2DBC, same pool: begin, conditional UPDATE, INSERT … RETURNING, commit. */
    @Benchmark
    public void conditionalRaw() {
        reserveConcurrently(i -> Mono.usingWhen(pool.create(),
                connection -> Mono.from(connection.beginTransaction())
                        .then(Mono.from(connection.createStatement(RAW_UPDATE).bind(0, 1).bind(1, SKU_VALUE)
                                .bind(2, 1).execute()).flatMap(result -> Mono.from(result.getRowsUpdated())))
                        .flatMap(updated -> updated == 0 ? Mono.<BenchMovement>error(new OutOfStockException())
                                : Mono.from(connection.createStatement(RAW_INSERT).bind(0, SKU_VALUE).bind(1, -1)
                                        .execute()).flatMap(result -> Mono.from(result.map((row, meta) ->
                                                new BenchMovement(row.get(0, Long.class), SKU_VALUE, -1)))))
                        .flatMap(movement -> Mono.from(connection.commitTransaction()).thenReturn(movement))
                        .onErrorResume(error -> Mono.from(connection.rollbackTransaction()).then(Mono.error(error))),
                Connection::close));
    }

    /**
     * Optimistic locking by hand on raw R2DBC, same pool: in a transaction, read quantity and version, write both
     * back {@code WHERE "version" = read}, insert the movement, commit; a stale write rolls back and retries with
     * {@code OptimisticRetry}'s policy (backoff from 2 ms to 50 ms, jitter 0.75).
     */
    @Benchmark
    public void optimisticRaw() {
        reserveConcurrently(i -> Mono.usingWhen(pool.create(),
                        connection -> Mono.from(connection.beginTransaction())
                                .then(Mono.from(connection.createStatement(RAW_READ).bind(0, SKU_VALUE).execute())
                                        .flatMap(result -> Mono.from(result.map((row, meta) ->
                                                new long[] {row.get(0, Integer.class), row.get(1, Long.class)}))))
                                .flatMap(stock -> stock[0] < 1 ? Mono.<Long>error(new OutOfStockException())
                                        : Mono.from(connection.createStatement(RAW_VERSIONED_UPDATE)
                                                .bind(0, (int) stock[0] - 1).bind(1, stock[1] + 1).bind(2, SKU_VALUE)
                                                .bind(3, stock[1]).execute())
                                        .flatMap(result -> Mono.from(result.getRowsUpdated())))
                                .flatMap(updated -> updated == 0 ? Mono.<BenchMovement>error(new StaleWriteException())
                                        : Mono.from(connection.createStatement(RAW_INSERT).bind(0, SKU_VALUE).bind(1, -1)
                                                .execute()).flatMap(result -> Mono.from(result.map((row, meta) ->
                                                        new BenchMovement(row.get(0, Long.class), SKU_VALUE, -1)))))
                                .flatMap(movement -> Mono.from(connection.commitTransaction()).thenReturn(movement))
                                .onErrorResume(error -> Mono.from(connection.rollbackTransaction()).then(Mono.error(error))),
                        Connection::close)
                .retryWhen(Retry.backoff(1000, Duration.ofMillis(2)).maxBackoff(Duration.ofMillis(50)).jitter(0.75)
                        .filter(StaleWriteException.class::isInstance)));
    }

    /** Optimistic locking with retry through a session, as in the inventory test kit. */
    @Benchmark
    public void optimisticQuicksilver() {
        reserveConcurrently(i -> qs.inSession(session -> session.find(STOCK, SKU_VALUE)
                        .flatMap(stock -> {
                            if (stock.qty() < 1) {
                                return Mono.error(new OutOfStockException());
                            }
                            session.add(stock.withQty(stock.qty() - 1));
                            return Mono.just(session.add(new BenchMovement(null, stock.sku(), -1)));
                        }))
                .single()
                .retryWhen(OptimisticRetry.staleWrites(1000, Duration.ofMillis(2), Duration.ofMillis(50))));
    }
}
