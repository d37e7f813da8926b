package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Expression;

/**
 * A window function: {@code function OVER (PARTITION BY … ORDER BY …)}, made by {@link Aggregate#over}.
 * Immutable and thread-safe.
 *
 * @param function the aggregate or ranking function
 * @param window the partition and order
 * @param <T> the value's type
 */
public record Over<T>(Aggregate<T> function, Window window) implements Expression<T> {
}
