package dev.quicksilver.mapping.model;

/**
 * {@code operand BETWEEN low AND high}.
 *
 * @param operand the tested value
 * @param low the lower bound, included
 * @param high the upper bound, included
 */
public record Between(Expression<?> operand, Expression<?> low, Expression<?> high) implements Condition {
}
