package dev.quicksilver.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the violations a {@link dev.quicksilver.mapping.annotation.Validates} method reports.
 * One instance per validation; not thread-safe.
 */
public final class Violations {

    private final List<Violation> violations = new ArrayList<>();

    Violations() {
    }

    /**
     * Reports a problem.
     *
     * @param property the property at fault
     * @param message what is wrong with it
     * @return this collector
     */
    public Violations add(String property, String message) {
        violations.add(new Violation(property, message));
        return this;
    }

    /** The violations reported so far. */
    public List<Violation> list() {
        return List.copyOf(violations);
    }

    /** A new, empty collector. */
    public static Violations create() {
        return new Violations();
    }
}
