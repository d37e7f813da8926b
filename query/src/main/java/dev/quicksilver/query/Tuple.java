package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Expression;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link SelectQuery}: the selected values in order, each converted to its expression's
 * Java type. Read it by position or by the expression selected. Immutable; thread-safe.
 */
public interface Tuple {

    /** How many values the row has. */
    int size();

    /** The value at a position (0-based), or {@code null} for SQL NULL. */
    @Nullable Object get(int index);

    /**
     * The value at a position as a type.
     *
     * @throws ClassCastException when the value is of another type
     */
    <T> @Nullable T get(int index, Class<T> type);

    /**
     * The value of a selected expression (the first position selecting it).
     *
     * @throws IllegalArgumentException when the query did not select the expression
     */
    <T> @Nullable T get(Expression<T> expression);

    /** The values, in order (an unmodifiable list that may hold nulls). */
    List<@Nullable Object> values();
}
