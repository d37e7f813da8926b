package dev.quicksilver.query.internal;

import org.jspecify.annotations.Nullable;

/**
 * One named parameter of a rendered statement.
 *
 * @param name the parameter name (without the colon)
 * @param value the value, or {@code null} for a typed NULL
 * @param type the stored type, for a NULL
 */
record Bind(String name, @Nullable Object value, Class<?> type) {
}
