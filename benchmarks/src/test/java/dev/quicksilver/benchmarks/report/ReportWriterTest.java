package dev.quicksilver.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportWriterTest {

    private static final double NONE = Double.NaN;
    private static final Environment ENVIRONMENT = new Environment("2026-11-24T14:00:00Z", "2 cores", "OpenJDK 17",
            Map.of("Quicksilver", "0.1.0"), 1.0, 2.0, 9.5);

    private static String write(List<Measurement> measurements) {
        return ReportWriter.write(ENVIRONMENT, "Quick profile.", measurements, Map.of(), Catalogue.WORKLOADS,
                Catalogue.TARGETS);
    }

    @Test
    void ratiosAreTakenAgainstTheFastestBaselineInRowsPerSecond() {
        String report = write(List.of(
                new Measurement("QueryBenchmark.filtered1000Quicksilver", "postgresql", 600, 10, 1_200_000, NONE),
                new Measurement("QueryBenchmark.filtered1000Raw", "postgresql", 400, 10, 1_100_000, NONE),
                new Measurement("QueryBenchmark.filtered1000Raw", "postgresql-best", 630, 10, 1_100_000, NONE),
                new Measurement("QueryBenchmark.filtered1000SpringData", "postgresql", 200, 5, 9_000_000, NONE)));

        assertThat(report)
                .contains("| 1,000-row reads ≥ 1.0× hand-mapped raw R2DBC at its best settings | **MISSED** | 0.95× (limit 1.00×):"
                        + " Quicksilver 600,000/s, filtered1000Raw [PostgreSQL, best settings] 630,000/s |")
                .contains("| 1,000-row reads ≥ 2.5× Spring Data at its defaults | **MET** | 3.00×")
                .contains("| filtered1000Raw | PostgreSQL, defaults | 400.0 ± 10.0 | 400,000 | 1,100,000 | 1.50× |")
                .contains("| filtered1000Quicksilver | PostgreSQL, defaults | 600.0 ± 10.0 | 600,000 | 1,200,000 | — |");
    }

    @Test
    void bulkComparesPerRowWhenSpringDataWritesFewerRowsPerOperation() {
        String report = write(List.of(
                new Measurement("BulkInsertBenchmark.quicksilverDefault", "", 11, 0.3, NONE, NONE),
                new Measurement("BulkInsertBenchmark.springDataSaveAll5000", "", 0.6, 0.05, NONE, NONE)));

        assertThat(report).contains("| Bulk insert ≥ 50× Spring Data saveAll | **MET** | 366.67×")
                .contains("| Bulk insert ≥ 0.9× raw copyIn | **NOT MEASURED** | no baseline result |");
    }

    @Test
    void heapAndSetupAssertionsAreMarked() {
        String report = write(List.of(
                new Measurement("StreamingBenchmark.stream1mQuicksilver", "postgresql", 0.5, 0.01, 900_000_000, 80.5),
                new Measurement("GraphBenchmark.graphQuicksilver", "postgresql", 100, 3, NONE, NONE)));

        assertThat(report).contains("| Streaming 1M rows with < 64 MB extra heap | **MISSED** | 80.50 MB retained (limit 64 MB) |")
                .contains("| Graph loading: one statement per level | **MET** |")
                .contains("| heap MB |")
                .contains("## Lookup by id, 1 at a time\n\nOne lookup by primary key of a random id, waited for.\n\n"
                        + "Not measured in this run.");
    }
}
