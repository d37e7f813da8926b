package dev.quicksilver.mapping.model;

import java.util.Objects;

/**
 * {@code left operator right}: arithmetic on numbers, built by {@link Expression#plus}, {@link Expression#minus},
 * {@link Expression#times} and {@link Expression#dividedBy}. The value has the left side's type (SQL's
 * integer division truncates, as Java's does). Immutable.
 *
 * @param left the left operand
 * @param operator the operation
 * @param right the right operand
 * @param <T> the value's type
 */
public record Arithmetic<T>(Expression<?> left, Operator operator, Expression<?> right) implements Expression<T> {

    /** The four operations. */
    public enum Operator {
        /** {@code +}. */
        PLUS("+"),
        /** {@code -}. */
        MINUS("-"),
        /** {@code *}. */
        TIMES("*"),
        /** {@code /}. */
        DIVIDED_BY("/");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** The SQL operator. */
        public String symbol() {
            return symbol;
        }
    }

    /** Checks the operands. */
    public Arithmetic {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(right, "right: for SQL NULL use coalesce or a null test");
    }
}
