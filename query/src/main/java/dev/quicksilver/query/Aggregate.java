package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Expression;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate ({@code COUNT}, {@code SUM}, {@code AVG}, {@code MIN}, {@code MAX}) or ranking function
 * ({@code ROW_NUMBER}, {@code RANK}, {@code DENSE_RANK}), made by {@link Functions}. With
 * {@link #over} it becomes a window function; ranking functions need it. Immutable and thread-safe.
 *
 * @param kind the function
 * @param argument the argument, or {@code null} ({@code COUNT(*)}, the ranking functions)
 * @param distinct whether duplicates of the argument are counted once
 * @param type the Java type of the value, or {@code null} for the argument's type
 * @param <T> the value's type
 */
public record Aggregate<T>(Kind kind, @Nullable Expression<?> argument, boolean distinct, @Nullable Class<?> type)
        implements Expression<T> {

    /** The functions. */
    public enum Kind {
        /** {@code COUNT}. */
        COUNT,
        /** {@code SUM}. */
        SUM,
        /** {@code AVG}. */
        AVG,
        /** {@code MIN}. */
        MIN,
        /** {@code MAX}. */
        MAX,
        /** {@code ROW_NUMBER()}: needs {@link Aggregate#over}. */
        ROW_NUMBER,
        /** {@code RANK()}: needs {@link Aggregate#over}. */
        RANK,
        /** {@code DENSE_RANK()}: needs {@link Aggregate#over}. */
        DENSE_RANK
    }

    /** Checks the kind. */
    public Aggregate {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * This function over a window: {@code sum(x).over(Window.partitionBy(y).orderBy(z.asc()))}.
     *
     * @param window the partition and order
     * @return the window function
     */
    public Expression<T> over(Window window) {
        return new Over<>(this, Objects.requireNonNull(window, "window"));
    }

    /** This function over all rows of the result: {@code OVER ()}. */
    public Expression<T> over() {
        return over(Window.all());
    }
}
