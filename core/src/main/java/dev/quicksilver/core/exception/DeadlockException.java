package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * The database broke a deadlock by aborting this transaction; running it again may succeed.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeadlockException extends TransientDatabaseException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from translated details.
     *
     * @param details what the database reported
     * @param cause the driver's exception
     */
    public DeadlockException(DatabaseErrorDetails details, @Nullable Throwable cause) {
        super("Deadlock detected: this transaction was chosen as the victim and rolled back. Retry the whole transaction (TransactionRetry), and take locks in a consistent order.", details, cause);
    }
}
