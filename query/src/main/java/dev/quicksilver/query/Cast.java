package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Expression;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CAST(operand AS type)}, the SQL type named by the dialect for the Java type, made by
 * {@link Functions#cast} and {@link Functions#castToDecimal}. Immutable and thread-safe.
 *
 * @param operand the value to convert
 * @param type the Java type: Integer, Long, Short, Double, Float, BigDecimal, String, Boolean, LocalDate,
 *     LocalTime or LocalDateTime
 * @param precision for BigDecimal: the digits (else {@code null})
 * @param scale for BigDecimal: the digits after the point (else {@code null})
 * @param <T> the value's type
 */
public record Cast<T>(Expression<?> operand, Class<T> type, @Nullable Integer precision, @Nullable Integer scale)
        implements Expression<T> {

    /** Checks the parts. */
    public Cast {
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(type, "type");
    }
}
