package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CASE WHEN condition THEN result … ELSE otherwise END}, started by {@link Functions#when}.
 * Without {@link #otherwise} the value is NULL when no condition holds. Immutable and thread-safe.
 *
 * @param branches the conditions and their results, in order
 * @param otherwise the result when no condition holds, or {@code null}
 * @param type the Java type of the results
 * @param <T> the value's type
 */
public record Case<T>(List<When> branches, @Nullable Expression<?> otherwise, Class<?> type) implements Expression<T> {

    /**
     * One {@code WHEN condition THEN result}.
     *
     * @param condition the condition
     * @param result the value when it holds
     */
    public record When(Condition condition, Expression<?> result) {
    }

    /** Copies the branches. */
    public Case {
        branches = List.copyOf(branches);
        Objects.requireNonNull(type, "type");
    }

    /** Another branch, tried after the earlier ones. */
    public Case<T> when(Condition condition, T result) {
        return when(condition, Expression.value(result));
    }

    /** Another branch, tried after the earlier ones. */
    public Case<T> when(Condition condition, Expression<? extends T> result) {
        List<When> more = new ArrayList<>(branches);
        more.add(new When(Objects.requireNonNull(condition, "condition"), Objects.requireNonNull(result, "result")));
        return new Case<>(more, otherwise, type);
    }

    /** The value when no branch's condition holds. */
    public Expression<T> otherwise(T result) {
        return otherwise(Expression.value(result));
    }

    /** The value when no branch's condition holds. */
    public Expression<T> otherwise(Expression<? extends T> result) {
        return new Case<>(branches, Objects.requireNonNull(result, "result"), type);
    }
}
