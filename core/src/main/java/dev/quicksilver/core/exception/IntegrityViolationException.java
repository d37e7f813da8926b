package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * A write broke a declared integrity rule (unique, foreign key, not null, check). The statement had
 * no effect; inside a transaction, the transaction must be rolled back (or rolled back to a
 * savepoint) before it can be used again.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class IntegrityViolationException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param summary what happened and what to try
     * @param details what the database reported
     * @param cause the driver's exception
     */
    protected IntegrityViolationException(String summary, DatabaseErrorDetails details, @Nullable Throwable cause) {
        super(summary, details, cause);
    }
}
