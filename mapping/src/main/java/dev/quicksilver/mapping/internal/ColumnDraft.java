package dev.quicksilver.mapping.internal;

import dev.quicksilver.core.dialect.ColumnType;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.GeneratedKey;
import org.jspecify.annotations.Nullable;

/** A column while its entity is being read; frozen into {@link ColumnMetadata} at the end. */
final class ColumnDraft {

    final String name;
    final String propertyPath;
    /** The position among the entity's columns; settled once all columns are known. */
    int index;
    final Class<?> javaType;
    final StoredType stored;
    boolean nullable;
    final boolean unique;
    final @Nullable String defaultExpression;
    final int keyPosition;
    final @Nullable GeneratedKey generated;
    final boolean version;
    final boolean createdAt;
    final boolean updatedAt;
    @Nullable String foreignKeyOf;

    ColumnDraft(String name, String propertyPath, int index, Class<?> javaType, StoredType stored, boolean nullable,
                boolean unique, @Nullable String defaultExpression, int keyPosition, @Nullable GeneratedKey generated,
                boolean version, boolean createdAt, boolean updatedAt) {
        this.name = name;
        this.propertyPath = propertyPath;
        this.index = index;
        this.javaType = javaType;
        this.stored = stored;
        this.nullable = nullable;
        this.unique = unique;
        this.defaultExpression = defaultExpression;
        this.keyPosition = keyPosition;
        this.generated = generated;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    ColumnType columnType() {
        return stored.columnType();
    }

    ColumnMetadata freeze() {
        return new ColumnMetadata(name, propertyPath, index, javaType, stored.storedType(), stored.columnType(), nullable,
                unique, defaultExpression, keyPosition, generated, version, createdAt, updatedAt, stored.converter(),
                stored.enumStorage(), stored.nativeEnumType(), stored.json(), foreignKeyOf);
    }
}
