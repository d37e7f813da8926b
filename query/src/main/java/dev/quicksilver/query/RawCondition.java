package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Condition;
import java.util.List;

/**
 * A fragment of raw SQL used as a condition, made by {@link Functions#rawCondition}; as
 * {@link RawExpression}, each {@code ?} is a bound argument and the text is written as it is.
 * Immutable and thread-safe.
 *
 * @param sql the fragment, with one {@code ?} per argument
 * @param arguments the values bound for the markers
 */
public record RawCondition(String sql, List<Object> arguments) implements Condition {

    /** Checks that there is one argument per marker. */
    public RawCondition {
        arguments = RawExpression.checked(sql, arguments);
    }
}
