package dev.quicksilver.mapping.model;

/**
 * {@code operand IS NULL} or {@code operand IS NOT NULL}.
 *
 * @param operand the tested value
 * @param negated whether this is {@code IS NOT NULL}
 */
public record NullTest(Expression<?> operand, boolean negated) implements Condition {
}
