package dev.quicksilver.query.internal;

import org.jspecify.annotations.Nullable;

/**
 * One named parameter of a rendered statement.
 *
 * @param name the parameter name (without the colon)
 * @param value the value, or {@code null} for a typed NULL
 * @param type the stored type, for a NULL
 * @param parameter for a named parameter's slot, its name: the value comes when the statement runs
 * @param codec for a slot, the conversion of the column it is compared with, or {@code null}
 */
record Bind(String name, @Nullable Object value, Class<?> type, @Nullable String parameter,
            dev.quicksilver.mapping.metadata.@Nullable ColumnCodec codec) {

    Bind(String name, @Nullable Object value, Class<?> type) {
        this(name, value, type, null, null);
    }
}
