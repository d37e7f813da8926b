package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Expression;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A fragment of raw SQL used as a typed expression, made by {@link Functions#rawExpression}: the text
 * is written into the statement as it is (so it must not come from users), and each {@code ?} in it is
 * replaced by a bound parameter holding the next argument. Identifiers in it are not quoted for you.
 * Immutable and thread-safe.
 *
 * @param sql the fragment, with one {@code ?} per argument
 * @param type the Java type of its value
 * @param arguments the values bound for the {@code ?} markers, in order
 * @param <T> the value's type
 */
public record RawExpression<T>(String sql, Class<T> type, List<Object> arguments) implements Expression<T> {

    /** Checks that there is one argument per marker. */
    public RawExpression {
        Objects.requireNonNull(type, "type");
        arguments = checked(sql, arguments);
    }

    static List<Object> checked(String sql, List<Object> arguments) {
        long markers = Objects.requireNonNull(sql, "sql").chars().filter(c -> c == '?').count();
        if (markers != arguments.size()) {
            throw new IllegalArgumentException("The raw SQL fragment '" + sql + "' has " + markers + " ? markers but "
                    + arguments.size() + " arguments " + Arrays.toString(arguments.toArray())
                    + ": pass one argument per ?.");
        }
        return List.copyOf(arguments);
    }
}
