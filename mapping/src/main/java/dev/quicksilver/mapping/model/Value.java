package dev.quicksilver.mapping.model;

/**
 * A value bound as a statement parameter.
 *
 * @param value the value
 * @param <T> its type
 */
public record Value<T>(T value) implements Expression<T> {
}
