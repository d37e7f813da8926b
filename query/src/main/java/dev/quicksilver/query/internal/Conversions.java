package dev.quicksilver.query.internal;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Converts a value as the driver returned it to the Java type an expression declares: numbers between
 * number types (the databases differ: {@code COUNT} is BIGINT, PostgreSQL's {@code AVG} NUMERIC, H2's
 * DOUBLE), anything else only when it already is of the type.
 */
final class Conversions {

    private Conversions() {
    }

    static @Nullable Object convert(@Nullable Object value, Class<?> type, int index) {
        if (value == null || type == Object.class || type.isInstance(value)) {
            return value;
        }
        Class<?> boxed = boxed(type);
        if (boxed.isInstance(value)) {
            return value;
        }
        if (value instanceof Number number) {
            Object converted = number(number, boxed);
            if (converted != null) {
                return converted;
            }
        }
        throw new IllegalStateException("Column " + (index + 1) + " of the result is a " + value.getClass().getName()
                + " (" + value + "), which cannot be read as a " + type.getName() + ": cast it in the query"
                + " (Functions.cast) or select it into a type that matches.");
    }

    static @Nullable Object toParameter(@Nullable Object value, Class<?> parameter, int index, Constructor<?> target) {
        if (value == null) {
            if (parameter.isPrimitive()) {
                throw new IllegalStateException("Column " + (index + 1) + " of the result is NULL but "
                        + target.getDeclaringClass().getName() + " takes a " + parameter.getName() + " at position "
                        + (index + 1) + ": make it a " + boxed(parameter).getSimpleName() + ", or use coalesce(…)");
            }
            return null;
        }
        return convert(value, parameter, index);
    }

    private static @Nullable Object number(Number number, Class<?> type) {
        if (type == Integer.class) {
            return Math.toIntExact(exactLong(number));
        } else if (type == Long.class) {
            return exactLong(number);
        } else if (type == Short.class) {
            long value = exactLong(number);
            if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
                throw new ArithmeticException(value + " does not fit a Short");
            }
            return (short) value;
        } else if (type == BigDecimal.class) {
            return number instanceof BigInteger big ? new BigDecimal(big)
                    : number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                    : new BigDecimal(number.toString());
        } else if (type == Double.class) {
            return number.doubleValue();
        } else if (type == Float.class) {
            return number.floatValue();
        } else if (type == BigInteger.class) {
            return new BigDecimal(number.toString()).toBigIntegerExact();
        }
        return null;
    }

    private static long exactLong(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.longValueExact();
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (value != Math.rint(value)) {
                throw new ArithmeticException(value + " has a fraction; read it as a BigDecimal or Double");
            }
        }
        return number.longValue();
    }

    /** The wrapper of a primitive type (the JDK's own mapping), or the type itself. */
    static Class<?> boxed(Class<?> type) {
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
}
