package dev.quicksilver.mapping.model;

import java.util.List;

/**
 * {@code operand IN (values)} or {@code operand NOT IN (values)}.
 *
 * @param operand the tested value
 * @param values the values, none {@code null}
 * @param negated whether this is {@code NOT IN}
 */
public record InList(Expression<?> operand, List<Object> values, boolean negated) implements Condition {

    /** Copies the values. */
    public InList {
        values = List.copyOf(values);
    }
}
