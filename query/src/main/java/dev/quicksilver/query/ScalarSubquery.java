package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Expression;
import java.util.Objects;

/**
 * A query selecting one value, used as an expression: {@code (SELECT AVG(…) FROM …)}; it may refer to
 * the outer query's entities (a correlated subquery). Made by {@link Functions#scalar}. Immutable and
 * thread-safe.
 *
 * @param query a query of one column that yields at most one row
 * @param <T> the value's type
 */
public record ScalarSubquery<T>(SelectQuery<T> query) implements Expression<T> {

    /** Checks the query. */
    public ScalarSubquery {
        Objects.requireNonNull(query, "query");
    }
}
