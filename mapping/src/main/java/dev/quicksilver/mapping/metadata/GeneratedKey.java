package dev.quicksilver.mapping.metadata;

import dev.quicksilver.mapping.annotation.GenerationStrategy;
import org.jspecify.annotations.Nullable;

/**
 * How a key column's value is generated.
 *
 * @param strategy identity, sequence or client-side UUID
 * @param sequence the sequence name for {@link GenerationStrategy#SEQUENCE}, else {@code null}
 */
public record GeneratedKey(GenerationStrategy strategy, @Nullable String sequence) {
}
