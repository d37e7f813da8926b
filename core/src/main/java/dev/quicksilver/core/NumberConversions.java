package dev.quicksilver.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Exact conversions between number types for rows already copied out of the driver: a value that
 * does not fit the type asked for (or would lose its fraction) is refused, never truncated.
 */
final class NumberConversions {

    private NumberConversions() {
    }

    /**
     * Converts a number exactly.
     *
     * @return the converted value, or {@code null} when the type is not a number type
     * @throws ArithmeticException when the value does not fit the type exactly
     */
    static @Nullable Object convert(Number number, Class<?> type) {
        if (type == Double.class) {
            return number.doubleValue();
        }
        if (type == Float.class) {
            return number.floatValue();
        }
        BigDecimal exact = number instanceof BigDecimal decimal ? decimal
                : number instanceof BigInteger big ? new BigDecimal(big)
                : number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                : BigDecimal.valueOf(number.longValue());
        if (type == Long.class) {
            return exact.longValueExact();
        }
        if (type == Integer.class) {
            return exact.intValueExact();
        }
        if (type == Short.class) {
            return exact.shortValueExact();
        }
        if (type == BigDecimal.class) {
            return exact;
        }
        if (type == BigInteger.class) {
            return exact.toBigIntegerExact();
        }
        return null;
    }

    /** The wrapper of a primitive type, or the type itself. */
    static Class<?> wrap(Class<?> type) {
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
}
