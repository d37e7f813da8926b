package dev.quicksilver.mapping.model;

/**
 * {@code operand IN (SELECT …)} or {@code NOT IN}; build it with {@link Expression#in(Subquery)}.
 *
 * @param operand the tested expression
 * @param subquery a query selecting one column
 * @param negated {@code NOT IN}
 */
public record InSubquery(Expression<?> operand, Subquery<?> subquery, boolean negated) implements Condition {
}
