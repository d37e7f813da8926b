package dev.quicksilver.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/** Widening and narrowing between number types for rows already copied out of the driver. */
final class NumberConversions {

    private NumberConversions() {
    }

    static @Nullable Object convert(Number number, Class<?> type) {
        if (type == Long.class || type == long.class) {
            return number.longValue();
        }
        if (type == Integer.class || type == int.class) {
            return Math.toIntExact(number.longValue());
        }
        if (type == Short.class || type == short.class) {
            return (short) Math.toIntExact(number.longValue());
        }
        if (type == Double.class || type == double.class) {
            return number.doubleValue();
        }
        if (type == Float.class || type == float.class) {
            return number.floatValue();
        }
        if (type == BigDecimal.class) {
            return number instanceof BigInteger big ? new BigDecimal(big) : new BigDecimal(number.toString());
        }
        if (type == BigInteger.class) {
            return number instanceof BigDecimal decimal ? decimal.toBigIntegerExact() : BigInteger.valueOf(number.longValue());
        }
        return null;
    }
}
