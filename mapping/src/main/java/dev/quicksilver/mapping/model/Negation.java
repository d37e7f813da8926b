package dev.quicksilver.mapping.model;

/**
 * {@code NOT condition}.
 *
 * @param condition the negated condition
 */
public record Negation(Condition condition) implements Condition {
}
