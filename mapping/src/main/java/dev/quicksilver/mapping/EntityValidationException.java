package dev.quicksilver.mapping;

import dev.quicksilver.core.exception.QuicksilverException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An entity failed validation before it was written; nothing was sent to the database. The
 * message lists every violated property, not only the first.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityValidationException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param entityType the entity type
     * @param violations every violation found (at least one)
     */
    public EntityValidationException(Class<?> entityType, List<Violation> violations) {
        super(entityType.getSimpleName() + " is not valid (" + violations.size() + " problem"
                + (violations.size() == 1 ? "" : "s") + "): " + violations.stream().map(Violation::toString)
                .collect(Collectors.joining("; ")) + ". Nothing was written; correct the values and try again.");
        this.violations = List.copyOf(violations);
    }

    /** Every violation, in the order found. */
    public List<Violation> violations() {
        return violations;
    }
}
