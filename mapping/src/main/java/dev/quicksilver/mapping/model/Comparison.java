package dev.quicksilver.mapping.model;

/**
 * {@code left operator right}.
 *
 * @param left the left side
 * @param operator the comparison
 * @param right the right side
 */
public record Comparison(Expression<?> left, ComparisonOperator operator, Expression<?> right) implements Condition {
}
