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

    private static final List<String> QUICKSILVER_DATABASES = List.of("postgresql", "h2");
    private static final List<String> BASELINE_DATABASES = List.of("postgresql", "postgresql-best", "h2");
    private static final List<String> POSTGRES_ONLY = List.of("postgresql");
    private static final List<String> POSTGRES_SETTINGS = List.of("postgresql", "postgresql-best");
    private static final String PACKAGE = "dev\\.quicksilver\\.benchmarks\\.";

    /** Every suite of the report, in the order they run. */
    static final List<Suite> ALL = List.of(
            new Suite("reads", List.of(
                    new Run(PACKAGE + "query\\.QueryBenchmark\\.\\w+Quicksilver\\w*$", QUICKSILVER_DATABASES),
                    new Run(PACKAGE + "query\\.QueryBenchmark\\.\\w+(Raw|SpringData|Jdbc)$", BASELINE_DATABASES)),
                    new Iterations(1, 1, 1, 2, 1), new Iterations(3, 3, 2, 5, 2), false),
            new Suite("streaming", List.of(
                    new Run(PACKAGE + "streaming\\.StreamingBenchmark\\.stream1mQuicksilver$", POSTGRES_ONLY),
                    new Run(PACKAGE + "streaming\\.StreamingBenchmark\\.stream1m(Raw|SpringData|Jdbc)$", POSTGRES_SETTINGS)),
                    new Iterations(1, 1, 2, 2, 3), new Iterations(2, 2, 5, 5, 5), true),
            new Suite("graph", List.of(
                    new Run(PACKAGE + "graph\\.GraphBenchmark\\.graphQuicksilver$", QUICKSILVER_DATABASES),
                    new Run(PACKAGE + "graph\\.GraphBenchmark\\.graph(Raw|SpringData)$", BASELINE_DATABASES)),
                    new Iterations(1, 1, 1, 2, 2), new Iterations(3, 3, 2, 5, 2), false),
            new Suite("bulk", List.of(new Run(PACKAGE
                    + "writes\\.BulkInsertBenchmark\\.(quicksilverDefault|rawCopyIn|rawCopyInStreamed|jdbcBatch|springDataSaveAll5000)$",
                    List.of())),
                    new Iterations(1, 1, 2, 2, 2), new Iterations(2, 2, 5, 5, 5), false),
            new Suite("contention", List.of(new Run(PACKAGE + "writes\\.ContentionBenchmark\\.\\w+$", List.of())),
                    new Iterations(1, 1, 2, 2, 2), new Iterations(2, 2, 5, 5, 5), false));
}
