package dev.quicksilver.benchmarks.writes;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.GenerationStrategy;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import org.jspecify.annotations.Nullable;

/** A stock movement keyed by an identity column: the inventory test kit's {@code Movement}, in the benchmark schema. */
@Table(name = "movement", schema = "quicksilver_writes_bench")
public record BenchMovement(@Id @GeneratedValue(strategy = GenerationStrategy.IDENTITY) @Nullable Long id,
                            @Column(length = 20, nullable = false) String sku, int delta) {
}
