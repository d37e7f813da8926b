package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * The connection to the database broke while a statement was running; its outcome inside an open transaction is unknown.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConnectionLostException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from translated details.
     *
     * @param details what the database reported
     * @param cause the driver's exception
     */
    public ConnectionLostException(DatabaseErrorDetails details, @Nullable Throwable cause) {
        super("Connection lost: the database closed the connection or the network failed. The transaction, if any, was rolled back by the database; retry it on a new connection.", details, cause);
    }
}
