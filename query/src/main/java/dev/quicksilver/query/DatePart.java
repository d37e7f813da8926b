package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Expression;
import java.util.Objects;

/**
 * A field of a date or timestamp as an integer: {@code CAST(EXTRACT(YEAR FROM x) AS INTEGER)}, which
 * PostgreSQL and H2 both understand. Made by {@link Functions#year}, {@link Functions#month} and
 * {@link Functions#datePart}. Immutable and thread-safe.
 *
 * @param field the field
 * @param source a date or timestamp
 */
public record DatePart(Field field, Expression<?> source) implements Expression<Integer> {

    /** The fields. */
    public enum Field {
        /** The year. */
        YEAR,
        /** The quarter, 1 to 4. */
        QUARTER,
        /** The month, 1 to 12. */
        MONTH,
        /** The day of the month. */
        DAY,
        /** The hour, 0 to 23. */
        HOUR,
        /** The minute, 0 to 59. */
        MINUTE
    }

    /** Checks the parts. */
    public DatePart {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(source, "source");
    }
}
