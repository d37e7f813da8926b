package dev.quicksilver.mapping;

/**
 * One reason an entity is not valid: the property and what is wrong with it. The value itself is
 * not kept (it may be personal data).
 *
 * @param property the property path, e.g. {@code title} or {@code billing.city}
 * @param message what is wrong, e.g. {@code must not be null}
 */
public record Violation(String property, String message) {

    @Override
    public String toString() {
        return property + ": " + message;
    }
}
