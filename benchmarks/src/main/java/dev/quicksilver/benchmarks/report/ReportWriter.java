package dev.quicksilver.benchmarks.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a run's results into {@code RESULTS.md}: the environment, the targets marked met or missed, and a table
 * per workload with throughput, allocation, heap where measured, and Quicksilver's ratio to each row. A pure
 * function of its inputs. Stateless.
 */
final class ReportWriter {

    private static final List<String> PEER_ORDER = List.of("quicksilver", "raw", "springdata", "jdbc");
    private static final List<String> DATABASE_ORDER = List.of("", "postgresql", "postgresql-best", "h2");

    private ReportWriter() {
    }

    /**
     * Writes the report.
     *
     * @param environment where and with what the run happened
     * @param profile the profile, in words (forks, iterations), and the command
     * @param measurements the results
     * @param failed benchmarks that produced no result, with why, by name
     * @param workloads the tables
     * @param targets the targets
     * @return the Markdown
     */
    static String write(Environment environment, String profile, List<Measurement> measurements,
                        Map<String, String> failed, List<Workload> workloads, List<Target> targets) {
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark results\n\n")
                .append("Written by `BenchmarkReport` on ").append(environment.date()).append(". ").append(profile)
                .append("\n\n")
                .append("Quicksilver runs at its own defaults; each baseline at its drivers' defaults and, on PostgreSQL, ")
                .append("at the best settings measured (r2dbc-postgresql `forceBinary=true`, pgjdbc `prepareThreshold=1`). ")
                .append("Every path of a workload uses a pool of the same size in the same JVM against the same database, ")
                .append("and returns the same rows (checked once per trial, the trial fails otherwise). Ratios are ")
                .append("Quicksilver's rows (or units) per second ÷ the row's; above 1 Quicksilver is faster.\n\n");
        environment(out, environment);
        targets(out, measurements, workloads, targets);
        for (Workload workload : workloads) {
            table(out, workload, measurements);
        }
        if (!failed.isEmpty()) {
            out.append("## Benchmarks without a result\n\n");
            failed.forEach((name, why) -> out.append("- `").append(name).append("`: ").append(why).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    private static void environment(StringBuilder out, Environment environment) {
        out.append("## Machine and versions\n\n")
                .append("- Machine: ").append(environment.machine()).append('\n')
                .append("- JDK: ").append(environment.jdk()).append('\n');
        environment.versions().forEach((name, version) -> out.append("- ").append(name).append(": ").append(version)
                .append('\n'));
        out.append("- Load average: ").append(Format.number(environment.loadBefore(), 2)).append(" at the start, ")
                .append(Format.number(environment.loadAfter(), 2)).append(" at the end; the run took ")
                .append(Format.number(environment.minutes(), 1)).append(" minutes\n\n");
    }

    private static void targets(StringBuilder out, List<Measurement> measurements, List<Workload> workloads,
                                List<Target> targets) {
        out.append("## Targets\n\n| target | status | numbers |\n|---|---|---|\n");
        for (Target target : targets) {
            Target.Verdict verdict = target.evaluate(measurements, workloads);
            out.append("| ").append(target.text()).append(" | **").append(verdict.status()).append("** | ")
                    .append(verdict.detail()).append(" |\n");
        }
        out.append('\n');
    }

    private static void table(StringBuilder out, Workload workload, List<Measurement> measurements) {
        List<Measurement> rows = measurements.stream().filter(workload::covers)
                .sorted(Comparator.comparingInt((Measurement m) -> peerRank(m.method()))
                        .thenComparingInt(m -> DATABASE_ORDER.indexOf(m.database()))
                        .thenComparing(Measurement::method))
                .toList();
        out.append("## ").append(workload.title()).append("\n\n").append(workload.description()).append("\n\n");
        if (rows.isEmpty()) {
            out.append("Not measured in this run.\n\n");
            return;
        }
        boolean heap = rows.stream().anyMatch(m -> !Double.isNaN(m.heapMb()));
        out.append("| path | settings | ops/s | ").append(workload.rowUnit()).append("/s | B/op | ")
                .append(heap ? "heap MB | " : "").append("Quicksilver ÷ this |\n|---|---|---|---|---|")
                .append(heap ? "---|" : "").append("---|\n");
        for (Measurement row : rows) {
            out.append("| ").append(row.method()).append(" | ").append(Format.settingsColumn(row.database())).append(" | ")
                    .append(Format.score(row.score())).append(" ± ").append(Format.score(row.error())).append(" | ")
                    .append(Format.number(workload.unitsPerSecond(row), 0)).append(" | ")
                    .append(Format.number(row.bytesPerOp(), 0)).append(" | ")
                    .append(heap ? Format.number(row.heapMb(), 2) + " | " : "")
                    .append(ratio(workload, row, measurements)).append(" |\n");
        }
        out.append('\n');
    }

    private static String ratio(Workload workload, Measurement row, List<Measurement> measurements) {
        if (row.quicksilver()) {
            return "—";
        }
        Optional<Measurement> quicksilver = measurements.stream()
                .filter(m -> m.method().equals(workload.quicksilverMethod()) && workload.covers(m)
                        && m.database().equals(row.quicksilverDatabase()))
                .findFirst();
        return quicksilver.map(ours -> Format.ratio(workload.unitsPerSecond(ours) / workload.unitsPerSecond(row)))
                .orElse("—");
    }

    private static int peerRank(String method) {
        String lower = method.toLowerCase(java.util.Locale.ROOT);
        for (int rank = 0; rank < PEER_ORDER.size(); rank++) {
            if (lower.contains(PEER_ORDER.get(rank))) {
                return rank;
            }
        }
        return PEER_ORDER.size();
    }
}
