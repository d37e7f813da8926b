package dev.quicksilver.core;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An immutable copy of one result row, as emitted by {@link Sql#fetch()}: values in column order,
 * read with the driver's default Java types, sharing the result's {@link ResultShape}.
 *
 * <p>Immutable and thread-safe (as long as the values themselves are, e.g. not {@code byte[]}
 * modified by the caller).
 */
public final class Row implements ResultRow {

    private final ResultShape shape;
    private final @Nullable Object[] values;

    Row(ResultShape shape, @Nullable Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    /**
     * Copies a row's values (read with the driver's default types) into an immutable row.
     *
     * @param row a row, possibly valid only during the current call
     * @return the copy
     */
    public static Row copyOf(ResultRow row) {
        int size = row.shape().size();
        @Nullable Object[] values = new Object[size];
        for (int i = 0; i < size; i++) {
            values[i] = row.get(i);
        }
        return new Row(row.shape(), values);
    }

    @Override
    public ResultShape shape() {
        return shape;
    }

    @Override
    public @Nullable Object get(int index) {
        return values[index];
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T get(int index, Class<T> type) {
        Object value = values[index];
        if (value == null) {
            return null;
        }
        Class<?> wanted = NumberConversions.wrap(type);
        if (wanted.isInstance(value)) {
            return (T) value;
        }
        if (value instanceof Number number) {
            try {
                Object converted = NumberConversions.convert(number, wanted);
                if (converted != null) {
                    return (T) converted;
                }
            } catch (ArithmeticException inexact) {
                throw new ClassCastException("Column " + shape.columnName(index) + " holds " + value
                        + ", which is not exactly a " + type.getName() + ". Ask for a wider type.");
            }
        }
        throw new ClassCastException("Column " + shape.columnName(index) + " holds a "
                + value.getClass().getName() + ", not a " + type.getName()
                + ". Ask for that type, or map the row with Sql.map(...) to let the driver convert it.");
    }

    /** The number of columns. */
    public int size() {
        return values.length;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Row{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(shape.columnName(i)).append('=').append(values[i]);
        }
        return text.append('}').toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row row && row.shape.equals(shape) && Arrays.equals(row.values, values);
    }

    @Override
    public int hashCode() {
        return shape.hashCode() * 31 + Arrays.hashCode(values);
    }
}
