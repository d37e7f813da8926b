package dev.quicksilver.mapping.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Conditions combined with AND or OR.
 *
 * @param kind AND or OR
 * @param conditions two or more conditions, none itself a junction of the same kind
 */
public record Junction(Kind kind, List<Condition> conditions) implements Condition {

    /** How the conditions combine. */
    public enum Kind {
        /** All must hold. */
        AND,
        /** Any must hold. */
        OR
    }

    /** Copies the list. */
    public Junction {
        conditions = List.copyOf(conditions);
    }

    static Junction of(Kind kind, Condition first, Condition second) {
        return of(kind, List.of(first, second));
    }

    static Junction of(Kind kind, List<Condition> parts) {
        List<Condition> flat = new ArrayList<>();
        for (Condition part : parts) {
            if (part instanceof Junction junction && junction.kind() == kind) {
                flat.addAll(junction.conditions());
            } else {
                flat.add(part);
            }
        }
        return new Junction(kind, flat);
    }
}
