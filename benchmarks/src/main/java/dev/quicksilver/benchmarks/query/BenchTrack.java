package dev.quicksilver.benchmarks.query;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Chinook's track as a record entity, in a table of its own ({@code quicksilver_bench.bench_track}) so the
 * benchmark never touches tables of the tests or the examples.
 */
@Table(name = "bench_track", schema = "quicksilver_bench")
public record BenchTrack(@Id int trackId, @Column(length = 200) String name, @Nullable Integer albumId,
                         int mediaTypeId, @Nullable Integer genreId, @Column(length = 220) @Nullable String composer,
                         int milliseconds, @Nullable Integer bytes,
                         @Column(precision = 10, scale = 2) BigDecimal unitPrice) {
}
