package dev.quicksilver.benchmarks.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A target of the benchmarks issue, checked against one run: Quicksilver's throughput at least a ratio of the best
 * of some baselines, its retained heap below a limit, or a property its benchmark's set-up asserts (the trial
 * fails otherwise, so a result means it held). Immutable.
 *
 * @param text the target in words
 * @param kind how it is checked
 * @param quicksilver Quicksilver's result: benchmark and database
 * @param baselines the results compared with, the fastest taken (ratio targets only)
 * @param limit the least ratio, or the most MB of heap
 */
record Target(String text, Kind kind, Ref quicksilver, List<Ref> baselines, double limit) {

    /** How a target is checked. */
    enum Kind {
        /** Quicksilver's units per second ÷ the fastest baseline's ≥ the limit. */
        RATIO_AT_LEAST,
        /** Quicksilver's retained heap &lt; the limit in MB. */
        HEAP_BELOW,
        /** Asserted in the benchmark's set-up: met when the benchmark produced a result. */
        ASSERTED_IN_SETUP
    }

    /**
     * A result by name.
     *
     * @param benchmark class and method
     * @param database the database parameter, empty if none
     */
    record Ref(String benchmark, String database) {

        Optional<Measurement> find(List<Measurement> measurements) {
            return measurements.stream()
                    .filter(m -> m.benchmark().equals(benchmark) && m.database().equals(database)).findFirst();
        }
    }

    /**
     * The outcome of a target.
     *
     * @param status {@code MET}, {@code MISSED} or {@code NOT MEASURED}
     * @param detail the numbers behind it
     */
    record Verdict(String status, String detail) {
    }

    static Target ratio(String text, Ref quicksilver, double atLeast, Ref... baselines) {
        return new Target(text, Kind.RATIO_AT_LEAST, quicksilver, List.of(baselines), atLeast);
    }

    static Target heapBelow(String text, Ref quicksilver, double megabytes) {
        return new Target(text, Kind.HEAP_BELOW, quicksilver, List.of(), megabytes);
    }

    static Target assertedInSetup(String text, Ref quicksilver) {
        return new Target(text, Kind.ASSERTED_IN_SETUP, quicksilver, List.of(), 0);
    }

    /**
     * @param measurements the run's results
     * @param workloads the workloads, for units per second
     * @return whether the run meets this target, with its numbers
     */
    Verdict evaluate(List<Measurement> measurements, List<Workload> workloads) {
        Optional<Measurement> ours = quicksilver.find(measurements);
        if (ours.isEmpty()) {
            return new Verdict("NOT MEASURED", quicksilver.benchmark() + " has no result");
        }
        return switch (kind) {
            case ASSERTED_IN_SETUP -> new Verdict("MET", "asserted by the set-up of " + quicksilver.benchmark());
            case HEAP_BELOW -> {
                double heap = ours.get().heapMb();
                yield Double.isNaN(heap) ? new Verdict("NOT MEASURED", "no heap profile")
                        : new Verdict(heap < limit ? "MET" : "MISSED",
                        Format.number(heap, 2) + " MB retained (limit " + Format.number(limit, 0) + " MB)");
            }
            case RATIO_AT_LEAST -> ratioVerdict(ours.get(), measurements, workloads);
        };
    }

    private Verdict ratioVerdict(Measurement ours, List<Measurement> measurements, List<Workload> workloads) {
        Optional<Measurement> best = baselines.stream().map(ref -> ref.find(measurements)).flatMap(Optional::stream)
                .max(Comparator.comparingDouble(m -> Workload.unitsPerSecond(workloads, m)));
        if (best.isEmpty()) {
            return new Verdict("NOT MEASURED", "no baseline result");
        }
        double oursPerSecond = Workload.unitsPerSecond(workloads, ours);
        double theirsPerSecond = Workload.unitsPerSecond(workloads, best.get());
        double ratio = oursPerSecond / theirsPerSecond;
        return new Verdict(ratio >= limit ? "MET" : "MISSED", Format.ratio(ratio) + " (limit "
                + Format.ratio(limit) + "): Quicksilver " + Format.number(oursPerSecond, 0) + "/s, "
                + best.get().method() + Format.settings(best.get().database()) + " "
                + Format.number(theirsPerSecond, 0) + "/s");
    }
}
