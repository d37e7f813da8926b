package dev.quicksilver.benchmarks.report;

import static dev.quicksilver.benchmarks.report.Target.Ref;

import java.util.List;
import java.util.Map;

/** The report's workloads (one table each) and the benchmarks issue's targets, in the order they are printed. */
final class Catalogue {

    private static final String PG = "postgresql";
    private static final String PG_BEST = "postgresql-best";
    private static final String H2 = "h2";

    /** The workloads. */
    static final List<Workload> WORKLOADS = List.of(
            new Workload("Bulk insert of 100,000 rows", "BulkInsertBenchmark.", "quicksilverDefault", 100_000,
                    Map.of("springDataSaveAll5000", 5_000L), "rows",
                    "100,000 generated rows into a table truncated before each operation; Spring Data writes 5,000 "
                            + "per operation (100,000 would take over 30 s), compared per row."),
            new Workload("1,000 rows filtered and mapped", "QueryBenchmark.filtered1000", "filtered1000Quicksilver",
                    1_000, Map.of(), "rows",
                    "One query selecting 1,000 of 5,000 rows by a BETWEEN on an indexed column, mapped to objects "
                            + "and collected to a list."),
            new Workload("Lookup by id, 1 at a time", "QueryBenchmark.byId1", "byId1Quicksilver", 1, Map.of(), "rows",
                    "One lookup by primary key of a random id, waited for."),
            new Workload("Lookup by id, 64 concurrent", "QueryBenchmark.byId64", "byId64Quicksilver", 64, Map.of(), "rows",
                    "64 lookups by primary key in flight at once (JDBC: 64 threads), all waited for; pools of 32."),
            new Workload("Streaming 1,000,000 rows", "StreamingBenchmark.stream1m", "stream1mQuicksilver", 1_000_000,
                    Map.of(), "rows",
                    "A million rows read and mapped one at a time into a Blackhole, none kept (JDBC: fetch size 1,000); "
                            + "heap = the most still used after a collection during an iteration, over the heap after a "
                            + "full collection before it, in a JVM with -Xmx512m."),
            new Workload("Graph loading from Chinook", "GraphBenchmark.graph", "graphQuicksilver", 50, Map.of(),
                    "invoices",
                    "50 invoices with their lines (about 270), each line's track and each track's album: Quicksilver "
                            + "select-in (4 statements, counted in set-up), one join by hand, Spring Data N+1, and "
                            + "graphRawSelectIn (diagnostic): Quicksilver's four statements written by hand on one "
                            + "connection, the cost of the strategy itself."),
            new Workload("Inventory contention, conditional update", "ContentionBenchmark.conditional",
                    "conditionalQuicksilver", 64, Map.of(), "reservations",
                    "64 concurrent reservations of one unit against a stock of 50, each an UPDATE … WHERE qty >= 1 "
                            + "and a movement INSERT in one transaction; exactly 50 succeed, checked after each operation."),
            new Workload("Inventory contention, optimistic (version)", "ContentionBenchmark.optimistic",
                    "optimisticQuicksilver", 64, Map.of(), "reservations",
                    "The same reservations read, checked and written back with a version check, retried on a stale write."));

    /** The benchmarks issue's targets. */
    static final List<Target> TARGETS = List.of(
            Target.ratio("Bulk insert ≥ 0.9× raw copyIn", new Ref("BulkInsertBenchmark.quicksilverDefault", ""), 0.9,
                    new Ref("BulkInsertBenchmark.rawCopyInStreamed", ""), new Ref("BulkInsertBenchmark.rawCopyIn", "")),
            Target.ratio("Bulk insert ≥ 50× Spring Data saveAll", new Ref("BulkInsertBenchmark.quicksilverDefault", ""),
                    50, new Ref("BulkInsertBenchmark.springDataSaveAll5000", "")),
            Target.ratio("1,000-row reads ≥ 1.0× hand-mapped raw R2DBC at its best settings",
                    new Ref("QueryBenchmark.filtered1000Quicksilver", PG), 1.0,
                    new Ref("QueryBenchmark.filtered1000Raw", PG), new Ref("QueryBenchmark.filtered1000Raw", PG_BEST)),
            Target.ratio("1,000-row reads ≥ 2.5× Spring Data at its defaults",
                    new Ref("QueryBenchmark.filtered1000Quicksilver", PG), 2.5,
                    new Ref("QueryBenchmark.filtered1000SpringData", PG)),
            Target.ratio("By id at 64 ≥ 0.95× raw R2DBC", new Ref("QueryBenchmark.byId64Quicksilver", PG), 0.95,
                    new Ref("QueryBenchmark.byId64Raw", PG), new Ref("QueryBenchmark.byId64Raw", PG_BEST)),
            Target.ratio("By id at 64 ≥ 2× Spring Data", new Ref("QueryBenchmark.byId64Quicksilver", PG), 2.0,
                    new Ref("QueryBenchmark.byId64SpringData", PG)),
            Target.ratio("Streaming 1M rows ≥ 0.9× raw R2DBC throughput",
                    new Ref("StreamingBenchmark.stream1mQuicksilver", PG), 0.9,
                    new Ref("StreamingBenchmark.stream1mRaw", PG), new Ref("StreamingBenchmark.stream1mRaw", PG_BEST)),
            Target.heapBelow("Streaming 1M rows with < 64 MB extra heap",
                    new Ref("StreamingBenchmark.stream1mQuicksilver", PG), 64),
            Target.assertedInSetup("Graph loading: one statement per level",
                    new Ref("GraphBenchmark.graphQuicksilver", PG)),
            Target.ratio("Graph loading ≤ 1.2× the hand-written join's time (throughput ≥ 0.83×)",
                    new Ref("GraphBenchmark.graphQuicksilver", PG), 1 / 1.2, new Ref("GraphBenchmark.graphRaw", PG),
                    new Ref("GraphBenchmark.graphRaw", PG_BEST)),
            Target.ratio("Graph loading ≥ 0.95× the same four select-in statements written by hand (library overhead;"
                            + " for reference)", new Ref("GraphBenchmark.graphQuicksilver", PG), 0.95,
                    new Ref("GraphBenchmark.graphRawSelectIn", PG)),
            Target.ratio("H2: 1,000-row reads ≥ 1.0× raw R2DBC (pure CPU overhead; no issue target, for reference)",
                    new Ref("QueryBenchmark.filtered1000Quicksilver", H2), 1.0,
                    new Ref("QueryBenchmark.filtered1000Raw", H2)),
            Target.ratio("H2: by id at 64 ≥ 0.95× raw R2DBC (pure CPU overhead; for reference)",
                    new Ref("QueryBenchmark.byId64Quicksilver", H2), 0.95, new Ref("QueryBenchmark.byId64Raw", H2)));

    private Catalogue() {
    }
}
