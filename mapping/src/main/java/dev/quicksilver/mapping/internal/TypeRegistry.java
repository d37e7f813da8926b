package dev.quicksilver.mapping.internal;

import dev.quicksilver.core.dialect.ColumnType;
import dev.quicksilver.core.dialect.ColumnType.SqlKind;
import dev.quicksilver.mapping.Converter;
import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.NamingStrategy;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Convert;
import dev.quicksilver.mapping.annotation.EnumStorage;
import dev.quicksilver.mapping.annotation.Enumerated;
import dev.quicksilver.mapping.annotation.Json;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Maps Java property types to the type exchanged with the driver and a portable column type, with
 * enums, JSON, arrays (one dimension, boxed elements: {@code String[]} is a {@code text[]} column) and
 * converters (a property's {@code @Convert} first, then converters registered for its type).
 */
final class TypeRegistry {

    private static final Map<Class<?>, SqlKind> KINDS = new HashMap<>();

    static {
        KINDS.put(boolean.class, SqlKind.BOOLEAN);
        KINDS.put(Boolean.class, SqlKind.BOOLEAN);
        KINDS.put(short.class, SqlKind.SMALLINT);
        KINDS.put(Short.class, SqlKind.SMALLINT);
        KINDS.put(int.class, SqlKind.INTEGER);
        KINDS.put(Integer.class, SqlKind.INTEGER);
        KINDS.put(long.class, SqlKind.BIGINT);
        KINDS.put(Long.class, SqlKind.BIGINT);
        KINDS.put(float.class, SqlKind.REAL);
        KINDS.put(Float.class, SqlKind.REAL);
        KINDS.put(double.class, SqlKind.DOUBLE);
        KINDS.put(Double.class, SqlKind.DOUBLE);
        KINDS.put(BigDecimal.class, SqlKind.DECIMAL);
        KINDS.put(String.class, SqlKind.VARCHAR);
        KINDS.put(UUID.class, SqlKind.UUID);
        KINDS.put(LocalDate.class, SqlKind.DATE);
        KINDS.put(LocalTime.class, SqlKind.TIME);
        KINDS.put(LocalDateTime.class, SqlKind.TIMESTAMP);
        KINDS.put(OffsetDateTime.class, SqlKind.TIMESTAMP_WITH_TIME_ZONE);
        KINDS.put(Instant.class, SqlKind.TIMESTAMP_WITH_TIME_ZONE);
        KINDS.put(byte[].class, SqlKind.BINARY);
    }

    /** The element types of array properties: what r2dbc-postgresql binds and reads as typed arrays. */
    private static final Set<Class<?>> ARRAY_ELEMENTS = Set.of(String.class, Boolean.class, Short.class,
            Integer.class, Long.class, Float.class, Double.class, BigDecimal.class, UUID.class, LocalDate.class,
            LocalTime.class, LocalDateTime.class);

    private final Map<Class<?>, Converter<?, ?>> convertersByType = new HashMap<>();
    private final NamingStrategy naming;

    TypeRegistry(List<Converter<?, ?>> converters, NamingStrategy naming) {
        for (Converter<?, ?> converter : converters) {
            convertersByType.put(converter.javaType(), converter);
        }
        this.naming = naming;
    }

    StoredType resolve(Class<?> entity, String property, Class<?> javaType, AnnotatedElement element) {
        Column column = element.getAnnotation(Column.class);
        Converter<?, ?> converter = converterFor(entity, property, javaType, element);
        if (converter != null) {
            Class<?> stored = boxed(converter.databaseType());
            return new StoredType(stored, columnType(entity, property, stored, column), converter, null, null, false);
        }
        if (element.isAnnotationPresent(Json.class)) {
            if (javaType != String.class) {
                throw new MappingException(entity, property, "@Json needs a String property (the JSON text), but it is a "
                        + javaType.getName() + ". Store the text, or add a @Convert converter to String.");
            }
            return new StoredType(String.class, ColumnType.of(SqlKind.JSON), null, null, null, true);
        }
        if (javaType.isEnum()) {
            Enumerated enumerated = element.getAnnotation(Enumerated.class);
            EnumStorage storage = enumerated == null ? EnumStorage.TEXT : enumerated.value();
            return switch (storage) {
                case ORDINAL -> new StoredType(Integer.class, ColumnType.of(SqlKind.INTEGER), null, storage, null, false);
                case TEXT -> new StoredType(String.class, textType(column), null, storage, null, false);
                case NATIVE -> new StoredType(String.class, textType(column), null, storage,
                        enumerated.nativeType().isEmpty() ? naming.tableName(javaType) : enumerated.nativeType(), false);
            };
        }
        if (javaType.isArray() && javaType != byte[].class) {
            return new StoredType(javaType, arrayType(entity, property, javaType, column), null, null, null, false);
        }
        // Drivers decode to boxed types only (r2dbc-h2 cannot decode to long.class): store the wrapper.
        return new StoredType(boxed(javaType), columnType(entity, property, javaType, column), null, null, null, false);
    }

    /** An array of a supported element type, the element sized by {@code @Column} (e.g. {@code varchar(20)[]}). */
    private static ColumnType arrayType(Class<?> entity, String property, Class<?> type, @Nullable Column column) {
        Class<?> element = type.getComponentType();
        if (element.isPrimitive()) {
            throw new MappingException(entity, property, "is an array of primitives (" + type.getSimpleName() + "),"
                    + " which the drivers do not bind; declare it as " + boxed(element).getSimpleName() + "[]"
                    + " (which may also hold NULL elements).");
        }
        if (!ARRAY_ELEMENTS.contains(element)) {
            throw new MappingException(entity, property, "is an array of " + element.getName() + ", which has no"
                    + " array column type. Arrays of String, Boolean, Short, Integer, Long, Float, Double, BigDecimal,"
                    + " UUID, LocalDate, LocalTime and LocalDateTime are supported (on PostgreSQL); for anything else"
                    + " add @Convert(YourConverter.class).");
        }
        return ColumnType.arrayOf(columnType(entity, property, element, column));
    }

    private static ColumnType textType(@Nullable Column column) {
        return column != null && column.length() > 0 ? ColumnType.ofLength(SqlKind.VARCHAR, column.length())
                : ColumnType.of(SqlKind.TEXT);
    }

    private static ColumnType columnType(Class<?> entity, String property, Class<?> type, @Nullable Column column) {
        SqlKind kind = KINDS.get(type);
        if (kind == null) {
            throw new MappingException(entity, property, "the type " + type.getName() + " has no column type. Supported:"
                    + " primitives and their wrappers, String, BigDecimal, UUID, LocalDate, LocalTime, LocalDateTime,"
                    + " OffsetDateTime, Instant, byte[], enums, arrays of most of these (on PostgreSQL); for anything else add @Convert(YourConverter.class) or"
                    + " register a converter with MappingContext.builder().converter(...).");
        }
        return switch (kind) {
            case VARCHAR -> textType(column);
            case BINARY -> column != null && column.length() > 0 ? ColumnType.ofLength(kind, column.length())
                    : ColumnType.of(kind);
            case DECIMAL -> column != null && column.precision() > 0 ? ColumnType.decimal(column.precision(), column.scale())
                    : ColumnType.of(kind);
            default -> ColumnType.of(kind);
        };
    }

    private @Nullable Converter<?, ?> converterFor(Class<?> entity, String property, Class<?> javaType,
                                                   AnnotatedElement element) {
        Convert convert = element.getAnnotation(Convert.class);
        if (convert == null) {
            return convertersByType.get(javaType);
        }
        if (!Converter.class.isAssignableFrom(convert.value())) {
            throw new MappingException(entity, property, "@Convert(" + convert.value().getName()
                    + ") does not implement dev.quicksilver.mapping.Converter.");
        }
        try {
            Converter<?, ?> converter = (Converter<?, ?>) convert.value().getDeclaredConstructor().newInstance();
            if (!converter.javaType().isAssignableFrom(boxed(javaType))) {
                throw new MappingException(entity, property, "the converter " + convert.value().getName() + " converts "
                        + converter.javaType().getName() + ", but the property is a " + javaType.getName() + '.');
            }
            return converter;
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new MappingException(entity, property, "the converter " + convert.value().getName()
                    + " could not be created: it needs a public no-argument constructor (" + e + ").");
        }
    }

    /** The wrapper of a primitive type (the JDK's own mapping), or the type itself. */
    static Class<?> boxed(Class<?> type) {
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
}
