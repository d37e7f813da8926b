package dev.quicksilver.query;

import dev.quicksilver.core.exception.QuicksilverException;

/**
 * A query expected to select at most one row ({@link EntityQuery#one()}) selected several. Narrow
 * the condition, or use {@link EntityQuery#first()} when any one of them will do.
 *
 * <p>Immutable and thread-safe.
 */
public final class NonUniqueResultException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was expected and found
     * @param sql the statement
     */
    public NonUniqueResultException(String message, String sql) {
        super(message, null, sql, null);
    }
}
