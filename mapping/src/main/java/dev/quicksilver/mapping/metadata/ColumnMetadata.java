package dev.quicksilver.mapping.metadata;

import dev.quicksilver.core.dialect.ColumnType;
import dev.quicksilver.mapping.Converter;
import dev.quicksilver.mapping.annotation.EnumStorage;
import org.jspecify.annotations.Nullable;

/**
 * One column of an entity's table and the property it holds.
 *
 * @param name the column name
 * @param propertyPath the property, dotted through embedded values ({@code address.city})
 * @param propertyIndex the position of the value in the entity's flat list of column values
 * @param javaType the property's Java type
 * @param storedType the Java type exchanged with the driver (after a converter, an enum mapping, …); never a
 *     primitive: a primitive property is stored as its wrapper
 * @param columnType the portable column type
 * @param nullable whether the column accepts NULL
 * @param unique whether a single-column unique constraint is declared
 * @param defaultExpression a raw SQL default, or {@code null}
 * @param keyPosition the position in the primary key, or -1 when not part of it
 * @param generated how the value is generated, or {@code null}
 * @param version whether this is the optimistic-locking version
 * @param createdAt whether set on insert
 * @param updatedAt whether set on insert and update
 * @param converter the converter, or {@code null}
 * @param enumStorage how an enum is stored, or {@code null} for non-enums
 * @param nativeEnumType the native enum type name for {@link EnumStorage#NATIVE}, or {@code null}
 * @param json whether the value is a JSON document
 * @param foreignKeyOf the relationship property this column is the foreign key of, or {@code null}
 */
public record ColumnMetadata(
        String name,
        String propertyPath,
        int propertyIndex,
        Class<?> javaType,
        Class<?> storedType,
        ColumnType columnType,
        boolean nullable,
        boolean unique,
        @Nullable String defaultExpression,
        int keyPosition,
        @Nullable GeneratedKey generated,
        boolean version,
        boolean createdAt,
        boolean updatedAt,
        @Nullable Converter<?, ?> converter,
        @Nullable EnumStorage enumStorage,
        @Nullable String nativeEnumType,
        boolean json,
        @Nullable String foreignKeyOf) {

    /** Whether the column is part of the primary key. */
    public boolean isId() {
        return keyPosition >= 0;
    }
}
