package dev.quicksilver.benchmarks.writes;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A row of generated data for the bulk insert benchmark (the shape of the bulk writer tests' {@code BulkItem}),
 * in a schema of its own so the benchmark never touches the tests' tables.
 */
@Table(name = "bench_item", schema = "quicksilver_writes_bench")
public record BenchItem(@Id long itemId, @Column(length = 60, nullable = false) String label,
                        @Nullable Integer quantity, @Column(precision = 10, scale = 2) @Nullable BigDecimal price) {

    /** Row {@code i} (from 1: Spring Data takes a key of 0 for none) of the generated data, the same for every path. */
    static BenchItem generate(int i) {
        return new BenchItem(i, "item " + i, i % 10 == 0 ? null : i % 1000, BigDecimal.valueOf(i % 10_000, 2));
    }
}
