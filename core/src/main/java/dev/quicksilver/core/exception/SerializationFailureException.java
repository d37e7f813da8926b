package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * The database could not serialize this transaction against a concurrent one; running the whole transaction again may succeed.
 *
 * <p>Immutable and thread-safe.
 */
public final class SerializationFailureException extends TransientDatabaseException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from translated details.
     *
     * @param details what the database reported
     * @param cause the driver's exception
     */
    public SerializationFailureException(DatabaseErrorDetails details, @Nullable Throwable cause) {
        super("Serialization failure: a concurrent transaction changed data this one depends on. Retry the whole transaction, e.g. with TransactionRetry.", details, cause);
    }
}
