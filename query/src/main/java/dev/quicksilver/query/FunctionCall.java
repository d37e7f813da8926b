package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Expression;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A call of an SQL function that PostgreSQL and H2 spell alike ({@code LOWER(x)}, {@code COALESCE(x, y)}),
 * made by {@link Functions}. Immutable and thread-safe.
 *
 * @param name the function's name: upper-case letters, digits and underscores
 * @param arguments the arguments
 * @param type the Java type of the value, or {@code null} for the first argument's type
 * @param <T> the value's type
 */
public record FunctionCall<T>(String name, List<Expression<?>> arguments, @Nullable Class<?> type)
        implements Expression<T> {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Checks the name and copies the arguments. */
    public FunctionCall {
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("function name '" + name + "': use upper-case letters, digits and"
                    + " underscores; for anything else use Functions.rawExpression");
        }
        arguments = List.copyOf(arguments);
    }
}
