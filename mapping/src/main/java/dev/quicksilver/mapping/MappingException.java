package dev.quicksilver.mapping;

import dev.quicksilver.core.exception.QuicksilverException;

/**
 * An entity's declaration is wrong: no id, a relationship to a non-entity, a {@code mappedBy} that
 * does not exist, two properties on one column, a type without a converter, … The message names the
 * class and the property, and what to change. Raised when the metadata is first built, before any
 * statement runs.
 *
 * <p>Immutable and thread-safe.
 */
public final class MappingException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param entityType the entity whose declaration is wrong
     * @param property the property at fault, or {@code null} for the type as a whole
     * @param problem what is wrong and what to do
     */
    public MappingException(Class<?> entityType, @org.jspecify.annotations.Nullable String property, String problem) {
        super(entityType.getName() + (property == null ? "" : "." + property) + ": " + problem);
    }
}
