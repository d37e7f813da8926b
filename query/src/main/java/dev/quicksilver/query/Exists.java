package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Condition;
import java.util.Objects;

/**
 * {@code EXISTS (SELECT …)} or {@code NOT EXISTS}, made by {@link Functions#exists} and
 * {@link Functions#notExists}. Immutable and thread-safe.
 *
 * @param query the subquery, usually correlated with the outer query
 * @param negated {@code NOT EXISTS}
 */
public record Exists(SelectQuery<?> query, boolean negated) implements Condition {

    /** Checks the query. */
    public Exists {
        Objects.requireNonNull(query, "query");
    }
}
