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

    /**
     * A value Quicksilver generates before the insert, for keys the database does not generate: a
     * random (version 4) UUID for {@link GenerationStrategy#UUID}; {@code null} for identity and
     * sequence keys, whose values come back from the database.
     *
     * @return a new key value, or {@code null}
     */
    public @Nullable Object clientGeneratedValue() {
        return strategy == GenerationStrategy.UUID ? java.util.UUID.randomUUID() : null;
    }
}
