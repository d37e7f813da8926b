package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * A statement ran longer than its timeout and was cancelled by the database.
 *
 * <p>Immutable and thread-safe.
 */
public final class QueryTimeoutException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from translated details.
     *
     * @param details what the database reported
     * @param cause the driver's exception
     */
    public QueryTimeoutException(DatabaseErrorDetails details, @Nullable Throwable cause) {
        super("Statement cancelled by a timeout: it ran longer than allowed. Raise the timeout, add an index, or"
                + " narrow the query.", details, cause);
    }
}
