package dev.quicksilver.benchmarks.report;

import java.util.Locale;

/**
 * One benchmark's result at one setting, as the report needs it. Immutable.
 *
 * @param benchmark the class and method, e.g. {@code QueryBenchmark.filtered1000Raw}
 * @param database the {@code database} parameter ({@code postgresql}, {@code postgresql-best}, {@code h2}), empty
 *                 for suites without it (PostgreSQL)
 * @param score operations per second
 * @param error JMH's 99.9% half-interval of the score, NaN with too few iterations
 * @param bytesPerOp bytes allocated per operation ({@code -prof gc}'s {@code gc.alloc.rate.norm}), NaN if unknown
 * @param heapMb the heap held during an iteration ({@code heap.retained.peak}), NaN if not profiled
 */
record Measurement(String benchmark, String database, double score, double error, double bytesPerOp, double heapMb) {

    /** @return the method's name */
    String method() {
        return benchmark.substring(benchmark.indexOf('.') + 1);
    }

    /** @return true for Quicksilver's own paths (their names say so) */
    boolean quicksilver() {
        return method().toLowerCase(Locale.ROOT).contains("quicksilver");
    }

    /** @return the database Quicksilver's comparable result ran on: its defaults on the same database */
    String quicksilverDatabase() {
        return "postgresql-best".equals(database) ? "postgresql" : database;
    }
}
