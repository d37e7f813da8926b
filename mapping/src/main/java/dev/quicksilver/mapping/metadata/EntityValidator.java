package dev.quicksilver.mapping.metadata;

import dev.quicksilver.mapping.EntityValidationException;
import dev.quicksilver.mapping.Violation;
import java.util.List;

/**
 * Validates an entity before it is written: required columns present, text within its declared
 * length, the entity's {@code @Validates} methods, and Jakarta Bean Validation constraints when a
 * Bean Validation provider is on the class path. Writes call it before any SQL is sent.
 *
 * <p>Thread-safe; validation does no I/O.
 *
 * @param <T> the entity type
 */
public interface EntityValidator<T> {

    /**
     * Every violation of the entity, in a stable order: column rules, then {@code @Validates}
     * methods, then Bean Validation.
     *
     * @param entity the entity
     * @return the violations, empty when valid
     */
    List<Violation> violations(T entity);

    /**
     * Validates the entity.
     *
     * @param entity the entity
     * @throws EntityValidationException listing every violation, when there is any
     */
    default void check(T entity) {
        List<Violation> violations = violations(entity);
        if (!violations.isEmpty()) {
            throw new EntityValidationException(entity.getClass(), violations);
        }
    }
}
