package dev.quicksilver.core;

import org.jspecify.annotations.Nullable;

/**
 * One row of a result, read by column index (fast) or by name (resolved through the
 * {@link ResultShape}). A row handed to a {@link RowMapper} is valid only during that call; copy
 * what you need out of it. A {@link Row} from {@link Sql#fetch()} is an immutable copy that stays
 * valid.
 */
public interface ResultRow {

    /** The shape of the result this row belongs to. */
    ResultShape shape();

    /**
     * The value at a column index, as the driver's default Java type.
     *
     * @param index zero-based column index
     * @return the value, or {@code null} for SQL NULL
     */
    @Nullable Object get(int index);

    /**
     * The value at a column index, converted by the driver to the given type.
     *
     * @param index zero-based column index
     * @param type the Java type wanted
     * @param <T> the type
     * @return the value, or {@code null} for SQL NULL
     */
    <T> @Nullable T get(int index, Class<T> type);

    /**
     * The value of a named column, converted to the given type. The name is resolved through the
     * shape; in hot loops, resolve the index once with {@link ResultShape#indexOf(String)}.
     *
     * @param column the column's name, matched without regard to case
     * @param type the Java type wanted
     * @param <T> the type
     * @return the value, or {@code null} for SQL NULL
     * @throws IllegalArgumentException when the result has no such column; the message lists the columns
     */
    default <T> @Nullable T get(String column, Class<T> type) {
        return get(indexOf(shape(), column), type);
    }

    /**
     * The value of a named column, as the driver's default Java type.
     *
     * @param column the column's name
     * @return the value, or {@code null}
     */
    default @Nullable Object get(String column) {
        return get(indexOf(shape(), column));
    }

    private static int indexOf(ResultShape shape, String column) {
        int index = shape.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("No column '" + column + "' in this result; its columns are "
                    + shape.columnNames());
        }
        return index;
    }
}
