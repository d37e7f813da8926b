package dev.quicksilver.mapping.metadata;

import dev.quicksilver.mapping.Converter;
import dev.quicksilver.mapping.annotation.EnumStorage;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Converts a column's values between the property's Java type and the stored type exchanged with
 * the driver: a converter's {@code toDatabase}/{@code fromDatabase}, an enum's name or ordinal, or
 * nothing. Resolve one per column when a statement or result shape is first seen, then call it per
 * value: lookups (such as an enum's constants) are done once, here.
 *
 * <p>Immutable and thread-safe (when the column's converter is).
 */
public interface ColumnCodec {

    /**
     * The codec of a column.
     *
     * @param column the column
     * @return its codec; the identity when the column stores its property's type as it is
     */
    static ColumnCodec of(ColumnMetadata column) {
        Converter<?, ?> converter = column.converter();
        if (converter != null) {
            return new ConverterCodec(column.name(), converter);
        }
        EnumStorage storage = column.enumStorage();
        if (storage != null) {
            Object[] constants = column.javaType().getEnumConstants();
            return storage == EnumStorage.ORDINAL ? new OrdinalCodec(column.name(), constants)
                    : new EnumNameCodec(column.name(), constants);
        }
        return IdentityCodec.INSTANCE;
    }

    /**
     * The stored form of a property value.
     *
     * @param value the property value, not {@code null}
     * @return the value to bind
     */
    Object toStored(Object value);

    /**
     * The property value of a stored value.
     *
     * @param stored the value read from the driver as the column's stored type, not {@code null}
     * @return the property value
     */
    Object fromStored(Object stored);

    /** Whether values pass unchanged. */
    default boolean isIdentity() {
        return false;
    }
}

/** Values pass unchanged. */
final class IdentityCodec implements ColumnCodec {

    static final IdentityCodec INSTANCE = new IdentityCodec();

    @Override
    public Object toStored(Object value) {
        return value;
    }

    @Override
    public Object fromStored(Object stored) {
        return stored;
    }

    @Override
    public boolean isIdentity() {
        return true;
    }
}

/** A user converter. */
final class ConverterCodec implements ColumnCodec {

    private final String column;
    @SuppressWarnings("rawtypes")
    private final Converter converter;

    ConverterCodec(String column, Converter<?, ?> converter) {
        this.column = column;
        this.converter = converter;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object toStored(Object value) {
        return java.util.Objects.requireNonNull(converter.toDatabase(value), () -> "the converter "
                + converter.getClass().getName() + " of column " + column + " returned null for " + value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object fromStored(Object stored) {
        return java.util.Objects.requireNonNull(converter.fromDatabase(stored), () -> "the converter "
                + converter.getClass().getName() + " of column " + column + " returned null for " + stored);
    }
}

/** An enum stored by its constant's name. */
final class EnumNameCodec implements ColumnCodec {

    private final String column;
    private final java.util.Map<String, Object> byName = new java.util.HashMap<>();

    EnumNameCodec(String column, Object[] constants) {
        this.column = column;
        for (Object constant : constants) {
            byName.put(((Enum<?>) constant).name(), constant);
        }
    }

    @Override
    public Object toStored(Object value) {
        return ((Enum<?>) value).name();
    }

    @Override
    public Object fromStored(Object stored) {
        Object constant = byName.get(stored);
        if (constant == null) {
            throw new IllegalArgumentException("column " + column + " holds '" + stored + "', which is none of "
                    + byName.keySet() + (byName.containsKey(stored.toString().toUpperCase(Locale.ROOT))
                    ? " (the case differs)" : "") + ". Fix the data, or add the constant to the enum.");
        }
        return constant;
    }
}

/** An enum stored by its ordinal. */
final class OrdinalCodec implements ColumnCodec {

    private final String column;
    private final Object[] constants;

    OrdinalCodec(String column, Object[] constants) {
        this.column = column;
        this.constants = constants.clone();
    }

    @Override
    public Object toStored(Object value) {
        return ((Enum<?>) value).ordinal();
    }

    @Override
    public Object fromStored(Object stored) {
        int ordinal = ((Number) stored).intValue();
        if (ordinal < 0 || ordinal >= constants.length) {
            throw new IllegalArgumentException("column " + column + " holds ordinal " + ordinal + ", but the enum has "
                    + constants.length + " constants. Fix the data, or store the enum by name (EnumStorage.TEXT).");
        }
        return constants[ordinal];
    }
}
