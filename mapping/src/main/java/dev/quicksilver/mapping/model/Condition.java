package dev.quicksilver.mapping.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A boolean condition: a comparison, a null test, {@code IN}, {@code BETWEEN}, or a combination with
 * {@link #and}, {@link #or} and {@link #not}. Immutable.
 */
public interface Condition extends Expression<Boolean> {

    /** {@code this AND other}; nested ANDs are flattened. */
    default Condition and(Condition other) {
        return Junction.of(Junction.Kind.AND, this, other);
    }

    /** {@code this OR other}; nested ORs are flattened. */
    default Condition or(Condition other) {
        return Junction.of(Junction.Kind.OR, this, other);
    }

    /** {@code NOT this}. */
    default Condition not() {
        return this instanceof Negation negation ? negation.condition() : new Negation(this);
    }

    /**
     * Every condition combined with AND.
     *
     * @param conditions at least one condition
     * @return the conjunction
     */
    static Condition allOf(List<? extends Condition> conditions) {
        return combine(Junction.Kind.AND, conditions);
    }

    /**
     * Any condition combined with OR.
     *
     * @param conditions at least one condition
     * @return the disjunction
     */
    static Condition anyOf(List<? extends Condition> conditions) {
        return combine(Junction.Kind.OR, conditions);
    }

    private static Condition combine(Junction.Kind kind, List<? extends Condition> conditions) {
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("conditions: give at least one condition to combine with " + kind);
        }
        List<Condition> parts = new ArrayList<>();
        for (Condition condition : conditions) {
            parts.add(Objects.requireNonNull(condition, "conditions: no element may be null"));
        }
        return parts.size() == 1 ? parts.get(0) : Junction.of(kind, parts);
    }
}
