package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Expression;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column of a derived or common table: {@code "sales"."revenue"}. Made by {@link QueryTable#column}.
 * Immutable and thread-safe.
 *
 * @param table the table's name
 * @param column the column's name
 * @param source the expression the table's query selects for it, when known (it gives the type)
 * @param type the Java type, when there is no source
 * @param <T> the value's type
 */
public record TableColumn<T>(String table, String column, @Nullable Expression<?> source, Class<?> type)
        implements Expression<T> {

    /** Checks the parts. */
    public TableColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
