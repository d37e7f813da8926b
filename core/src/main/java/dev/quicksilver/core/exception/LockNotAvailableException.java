package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * A row or table lock could not be taken: another transaction holds it, and the statement asked not
 * to wait ({@code FOR UPDATE NOWAIT}) or waited longer than the lock timeout. Nothing was changed.
 *
 * <p>Immutable and thread-safe.
 */
public final class LockNotAvailableException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from translated details.
     *
     * @param details what the database reported
     * @param cause the driver's exception
     */
    public LockNotAvailableException(DatabaseErrorDetails details, @Nullable Throwable cause) {
        super("Lock not available: another transaction holds the row or table lock. Retry later, skip locked rows"
                + " (FOR UPDATE SKIP LOCKED), or wait longer for the lock.", details, cause);
    }
}
