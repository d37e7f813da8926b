package dev.quicksilver.query.internal;

import dev.quicksilver.core.ResultRow;
import dev.quicksilver.core.ResultShape;
import dev.quicksilver.core.RowMapper;
import dev.quicksilver.core.RowMapperFactory;
import dev.quicksilver.mapping.NamingStrategy;
import dev.quicksilver.query.ResultMappingException;
import java.lang.invoke.MethodHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads records (not entities) from raw SQL rows: each component from the column its name maps to
 * under the naming strategy ({@code unitPrice} → {@code unit_price}), found once per result shape,
 * then read by index in the component's (boxed) type; an enum component is read as its name. The
 * canonical constructor is resolved once per record type.
 */
final class RecordRows<T> implements RowMapperFactory<T> {

    private final Class<T> type;
    private final String[] columns;
    private final String[] components;
    private final Class<?>[] readTypes;
    private final boolean[] primitive;
    /** Per component: its enum class when it is an enum (read as the constant's name), else null. */
    private final @Nullable Class<?>[] enums;
    private final MethodHandle constructor;

    RecordRows(Class<T> type, NamingStrategy naming) {
        this.type = type;
        RecordComponent[] parts = type.getRecordComponents();
        columns = new String[parts.length];
        components = new String[parts.length];
        readTypes = new Class<?>[parts.length];
        primitive = new boolean[parts.length];
        enums = new Class<?>[parts.length];
        Class<?>[] parameterTypes = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            components[i] = parts[i].getName();
            columns[i] = naming.columnName(parts[i].getName());
            parameterTypes[i] = parts[i].getType();
            primitive[i] = parts[i].getType().isPrimitive();
            enums[i] = parts[i].getType().isEnum() ? parts[i].getType() : null;
            readTypes[i] = parts[i].getType().isEnum() ? String.class : MethodType.methodType(parts[i].getType()).wrap()
                    .returnType();
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(parameterTypes);
            canonical.trySetAccessible();
            constructor = MethodHandles.lookup().unreflectConstructor(canonical)
                    .asType(MethodType.methodType(Object.class, parameterTypes))
                    .asSpreader(Object[].class, parts.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ResultMappingException("Quicksilver cannot call the canonical constructor of " + type.getName()
                    + " (" + e.getMessage() + "). Make the record public, or its package open to Quicksilver.");
        }
    }

    @Override
    public RowMapper<T> forShape(ResultShape shape) {
        int[] positions = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            positions[i] = shape.indexOf(columns[i]);
            if (positions[i] < 0) {
                throw new ResultMappingException("The result has no column \"" + columns[i] + "\" for "
                        + type.getSimpleName() + "." + components[i] + " (it has " + shape.columnNames()
                        + "). Select it, or alias a column AS \"" + columns[i] + "\".");
            }
        }
        return row -> map(row, positions);
    }

    private T map(ResultRow row, int[] positions) {
        @Nullable Object[] values = new Object[positions.length];
        for (int i = 0; i < positions.length; i++) {
            Object value = read(row, positions[i], readTypes[i]);
            if (value == null && primitive[i]) {
                throw new ResultMappingException("Column \"" + columns[i] + "\" is NULL, but " + type.getSimpleName()
                        + "." + components[i] + " is a primitive. Make the component a wrapper type, or COALESCE the"
                        + " column.");
            }
            Class<?> enumType = enums[i];
            values[i] = enumType != null && value instanceof String name ? enumValue(enumType, name) : value;
        }
        try {
            return type.cast(constructor.invokeExact(values));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A column read as a type; a number is read as the driver returns it and converted to the numeric
     * type asked for (drivers refuse to widen: r2dbc-h2 will not read an INTEGER as a Long), failing
     * when the value does not fit.
     */
    static @Nullable Object read(ResultRow row, int index, Class<?> type) {
        if (!Number.class.isAssignableFrom(type)) {
            return row.get(index, type);
        }
        Object value = row.get(index, Object.class);
        if (value == null || type.isInstance(value)) {
            return value;
        }
        if (!(value instanceof Number number)) {
            throw new ResultMappingException("Column " + (index + 1) + " holds a " + value.getClass().getName()
                    + ", which cannot be read as a " + type.getSimpleName() + ". Cast it in the SQL, or change the type.");
        }
        try {
            BigDecimal exact = number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
            if (type == Long.class) {
                return exact.longValueExact();
            } else if (type == Integer.class) {
                return exact.intValueExact();
            } else if (type == Short.class) {
                return exact.shortValueExact();
            } else if (type == Byte.class) {
                return exact.byteValueExact();
            } else if (type == Double.class) {
                return number.doubleValue();
            } else if (type == Float.class) {
                return number.floatValue();
            } else if (type == BigDecimal.class) {
                return exact;
            } else if (type == BigInteger.class) {
                return exact.toBigIntegerExact();
            }
        } catch (ArithmeticException e) {
            throw new ResultMappingException("Column " + (index + 1) + " holds " + number + ", which does not fit a "
                    + type.getSimpleName() + ". Use a wider type.");
        }
        return row.get(index, type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> enumType, String name) {
        return Enum.valueOf((Class) enumType, name);
    }

    @Override
    public String toString() {
        return "RecordRows[" + type.getName() + " " + Arrays.toString(columns) + "]";
    }
}
