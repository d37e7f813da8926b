package dev.quicksilver.mapping.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An expression under a name in a select list ({@code SUM(total) AS revenue}), built by
 * {@link Expression#as}: the name a derived table's or a common table's column is known by. Immutable.
 *
 * @param expression the expression
 * @param alias a plain SQL identifier
 * @param <T> the value's type
 */
public record Aliased<T>(Expression<T> expression, String alias) implements Expression<T> {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

    /** Checks the alias is a plain identifier. */
    public Aliased {
        Objects.requireNonNull(expression, "expression");
        if (!IDENTIFIER.matcher(Objects.requireNonNull(alias, "alias")).matches()) {
            throw new IllegalArgumentException("alias '" + alias + "' is not a plain SQL identifier: use letters, digits"
                    + " and underscores, starting with a letter, at most 63 characters");
        }
    }
}
