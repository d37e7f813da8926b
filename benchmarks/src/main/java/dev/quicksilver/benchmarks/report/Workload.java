package dev.quicksilver.benchmarks.report;

import java.util.List;
import java.util.Map;

/**
 * A table of the report: the benchmark methods of one workload (a class and a method prefix), what one
 * operation moves, and which Quicksilver method the others are compared with. Immutable.
 *
 * @param title the table's heading
 * @param benchmarkPrefix class and method prefix, e.g. {@code QueryBenchmark.filtered1000}
 * @param quicksilverMethod the Quicksilver method the ratios are taken against
 * @param rowsPerOp rows (or other units) one operation moves
 * @param rowsPerOpByMethod exceptions to {@code rowsPerOp}, by method
 * @param rowUnit what {@code rowsPerOp} counts, e.g. {@code rows}, {@code invoices}
 * @param description one paragraph on what an operation is
 */
record Workload(String title, String benchmarkPrefix, String quicksilverMethod, long rowsPerOp,
                Map<String, Long> rowsPerOpByMethod, String rowUnit, String description) {

    /** @return true when the measurement belongs to this workload */
    boolean covers(Measurement measurement) {
        return measurement.benchmark().startsWith(benchmarkPrefix);
    }

    /** @return units per second of a measurement of this workload */
    double unitsPerSecond(Measurement measurement) {
        return measurement.score() * rowsPerOpByMethod.getOrDefault(measurement.method(), rowsPerOp);
    }

    /**
     * @param workloads every workload
     * @param measurement a measurement
     * @return units per second by the workload that covers it, or the score when none does
     */
    static double unitsPerSecond(List<Workload> workloads, Measurement measurement) {
        return workloads.stream().filter(workload -> workload.covers(measurement)).findFirst()
                .map(workload -> workload.unitsPerSecond(measurement)).orElse(measurement.score());
    }
}
