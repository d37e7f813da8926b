package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * A failure that may succeed when the whole transaction is run again (serialization failure,
 * deadlock). {@link dev.quicksilver.core.TransactionRetry} retries exactly these.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class TransientDatabaseException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened and what to try
     * @param details what the database reported
     * @param cause the driver's exception
     */
    protected TransientDatabaseException(String summary, DatabaseErrorDetails details, @Nullable Throwable cause) {
        super(summary, details, cause);
    }
}
