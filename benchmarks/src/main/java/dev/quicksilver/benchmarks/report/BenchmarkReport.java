package dev.quicksilver.benchmarks.report;

import dev.quicksilver.benchmarks.support.HeapProfiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The one command of the benchmarks: runs every suite through JMH's runner with {@code -prof gc} and writes
 * {@code RESULTS.md}. Arguments: {@code quick} (the default: one fork, short iterations, under ten minutes on two
 * cores) or {@code full} (several forks, for publishing), and {@code --out=<file>}. From the repository root:
 * {@code ./mvnw -q -B -DskipTests -pl benchmarks -am package exec:exec@report [-Dreport.args=full]}.
 */
public final class BenchmarkReport {

    /** The command that runs this, for the report. */
    static final String COMMAND = "./mvnw -q -B -DskipTests -pl benchmarks -am package exec:exec@report";

    private BenchmarkReport() {
    }

    /**
     * Runs the suites and writes the report.
     *
     * @param args {@code quick} or {@code full}, {@code --out=<file>}
     * @throws IOException if the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        boolean full = List.of(args).contains("full") || List.of(args).contains("--full");
        Path out = Path.of("RESULTS.md");
        for (String arg : args) {
            if (arg.startsWith("--out=")) {
                out = Path.of(arg.substring("--out=".length()));
            }
        }
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        double loadBefore = Environment.load();
        List<Measurement> measurements = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (Suite suite : Suite.ALL) {
            Suite.Iterations iterations = full ? suite.full() : suite.quick();
            for (Suite.Run run : suite.runs()) {
                System.out.println("== " + suite.name() + ": " + run.include() + " " + run.databases());
                try {
                    for (RunResult result : new Runner(options(suite, run, iterations).build()).run()) {
                        measurements.add(measurement(result));
                    }
                } catch (RunnerException | RuntimeException e) {
                    failed.put(run.include(), String.valueOf(e.getMessage()));
                }
            }
        }
        double minutes = (Instant.now().toEpochMilli() - start.toEpochMilli()) / 60_000.0;
        Environment environment = Environment.detect(start.toString(), loadBefore, minutes);
        String profile = (full ? "Full" : "Quick") + " profile (" + describe(full) + "), `-prof gc`, by `" + COMMAND
                + (full ? " -Dreport.args=full" : "") + "`.";
        String report = ReportWriter.write(environment, profile, measurements, failed, Catalogue.WORKLOADS,
                Catalogue.TARGETS);
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("Wrote " + out.toAbsolutePath() + " (" + measurements.size() + " results, "
                + Format.number(minutes, 1) + " minutes)");
    }

    private static String describe(boolean full) {
        List<String> parts = new ArrayList<>();
        for (Suite suite : Suite.ALL) {
            parts.add(suite.name() + ": " + (full ? suite.full() : suite.quick()).describe());
        }
        return String.join("; ", parts);
    }

    private static ChainedOptionsBuilder options(Suite suite, Suite.Run run, Suite.Iterations iterations) {
        ChainedOptionsBuilder options = new OptionsBuilder().include(run.include())
                .forks(iterations.forks())
                .warmupIterations(iterations.warmups()).warmupTime(TimeValue.seconds(iterations.warmupSeconds()))
                .measurementIterations(iterations.measurements())
                .measurementTime(TimeValue.seconds(iterations.measurementSeconds()))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(false);
        if (!run.databases().isEmpty()) {
            options.param("database", run.databases().toArray(String[]::new));
        }
        if (suite.heapProfiled()) {
            options.addProfiler(HeapProfiler.class).jvmArgsAppend("-Xmx512m");
        }
        return options;
    }

    private static Measurement measurement(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        String[] parts = benchmark.split("\\.");
        String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
        String database = result.getParams().getParam("database");
        Result<?> primary = result.getPrimaryResult();
        return new Measurement(name, database == null ? "" : database, primary.getScore(), primary.getScoreError(),
                secondary(result, "gc.alloc.rate.norm"), secondary(result, "heap.retained.peak"));
    }

    @SuppressWarnings("rawtypes") // JMH's secondary results are raw
    private static double secondary(RunResult result, String name) {
        Map<String, Result> secondaries = result.getSecondaryResults();
        Collection<String> keys = secondaries.keySet();
        for (String key : keys) {
            if (key.endsWith(name)) {
                return secondaries.get(key).getScore();
            }
        }
        return Double.NaN;
    }
}
