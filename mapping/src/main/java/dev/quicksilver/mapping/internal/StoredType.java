package dev.quicksilver.mapping.internal;

import dev.quicksilver.core.dialect.ColumnType;
import dev.quicksilver.mapping.Converter;
import dev.quicksilver.mapping.annotation.EnumStorage;
import org.jspecify.annotations.Nullable;

/** How a property's values are stored: the driver-facing Java type, the column type, and how to get there. */
record StoredType(Class<?> storedType, ColumnType columnType, @Nullable Converter<?, ?> converter,
                  @Nullable EnumStorage enumStorage, @Nullable String nativeEnumType, boolean json) {
}
