package dev.quicksilver.benchmarks.report;

import java.util.List;

/**
 * A suite as the report runs it: which benchmark methods, on which databases, with how much warm-up and
 * measurement in the quick and the full profile. Quicksilver runs at its defaults only; its baselines at their
 * defaults and best settings, hence two includes. Immutable.
 *
 * @param name the suite, for progress messages
 * @param runs the JMH includes and their {@code database} values
 * @param quick the quick profile's iterations
 * @param full the full profile's iterations
 * @param heapProfiled whether to run it with {@link dev.quicksilver.benchmarks.support.HeapProfiler} and a bounded heap
 */
record Suite(String name, List<Run> runs, Iterations quick, Iterations full, boolean heapProfiled) {

    /**
     * One JMH include and the databases it runs on.
     *
     * @param include the regular expression of the methods
     * @param databases the {@code database} values; empty for suites without the parameter
     */
    record Run(String include, List<String> databases) {
    }

    /**
     * Forks and iterations of a profile.
     *
     * @param forks JVMs per benchmark and database
     * @param warmups warm-up iterations
     * @param warmupSeconds seconds each
     * @param measurements measured iterations
     * @param measurementSeconds seconds each
     */
    record Iterations(int forks, int warmups, int warmupSeconds, int measurements, int measurementSeconds) {

        String describe() {
            return forks + " fork" + (forks == 1 ? "" : "s") + ", " + warmups + "×" + warmupSeconds + " s warm-up, "
                    + measurements + "×" + measurementSeconds + " s measured";
        }
    }

    private static final List<String> POSTGRES_AND_H2 = List.of("postgresql", "h2");
    private static final List<String> ALL_SETTINGS = List.of("postgresql", "postgresql-best", "h2");
    private static final List<String> POSTGRES_ONLY = List.of("postgresql");
    private static final List<String> POSTGRES_SETTINGS = List.of("postgresql", "postgresql-best");
    private static final String PACKAGE = "dev\\.quicksilver\\.benchmarks\\.";
    private static final String QUERY = PACKAGE + "query\\.QueryBenchmark\\.";
    private static final String STREAMING = PACKAGE + "streaming\\.StreamingBenchmark\\.stream1m";
    private static final String GRAPH = PACKAGE + "graph\\.GraphBenchmark\\.graph";

    /**
     * Every suite of the report, in the order they run, each workload's paths one after the other (so that a
     * change in the machine's load hits them alike). Quicksilver runs at its defaults on each database; raw
     * R2DBC at its defaults and best settings everywhere; Spring Data and JDBC at both where settings change
     * their results (1,000-row reads, streaming through Spring Data), at their defaults elsewhere (lookups by key:
     * the issue measured no gain from binary results; one streamed statement: pgjdbc's prepare threshold does not
     * apply), which keeps the quick profile under ten minutes on two cores. Quicksilver's lookup path needs about
     * 8 s of running before C2 has compiled it (raw R2DBC about 4 s): the quick profile warms lookups at 64 for 9 s (the
     * other reads for 2 s), the full profile warms reads for 10 s.
     */
    static final List<Suite> ALL = List.of(
            new Suite("reads", List.of(
                    new Run(QUERY + "filtered1000Quicksilver$", POSTGRES_AND_H2),
                    new Run(QUERY + "filtered1000(Raw|SpringData|Jdbc)$", ALL_SETTINGS),
                    new Run(QUERY + "byId1Quicksilver$", POSTGRES_AND_H2),
                    new Run(QUERY + "byId1Raw$", ALL_SETTINGS),
                    new Run(QUERY + "byId1(SpringData|Jdbc)$", POSTGRES_AND_H2)),
                    new Iterations(1, 1, 2, 3, 1), new Iterations(3, 5, 2, 5, 2), false),
            // Lookups at 64 get a warm-up long enough for C2 to compile Quicksilver's lookup path (about 8 s).
            new Suite("lookups", List.of(
                    new Run(QUERY + "byId64Quicksilver\\w*$", POSTGRES_AND_H2),
                    new Run(QUERY + "byId64Raw$", ALL_SETTINGS),
                    new Run(QUERY + "byId64(SpringData|Jdbc)$", POSTGRES_AND_H2)),
                    new Iterations(1, 1, 9, 3, 1), new Iterations(3, 5, 2, 5, 2), false),
            new Suite("streaming", List.of(
                    new Run(STREAMING + "(Quicksilver|Jdbc)$", POSTGRES_ONLY),
                    new Run(STREAMING + "(Raw|SpringData)$", POSTGRES_SETTINGS)),
                    new Iterations(1, 1, 2, 3, 2), new Iterations(2, 2, 5, 5, 5), true),
            new Suite("graph", List.of(
                    new Run(GRAPH + "Quicksilver$", POSTGRES_AND_H2),
                    new Run(GRAPH + "Raw$", ALL_SETTINGS),
                    new Run(GRAPH + "(RawSelectIn|SpringData)$", POSTGRES_AND_H2)),
                    new Iterations(1, 1, 1, 3, 1), new Iterations(3, 3, 2, 5, 2), false),
            new Suite("bulk", List.of(new Run(PACKAGE
                    + "writes\\.BulkInsertBenchmark\\.(quicksilverDefault|rawCopyIn|rawCopyInStreamed|jdbcBatch|springDataSaveAll5000)$",
                    List.of())),
                    new Iterations(1, 1, 2, 3, 1), new Iterations(2, 2, 5, 5, 5), false),
            new Suite("contention", List.of(new Run(PACKAGE + "writes\\.ContentionBenchmark\\.\\w+$", List.of())),
                    new Iterations(1, 1, 2, 3, 1), new Iterations(2, 2, 5, 5, 5), false));
}
