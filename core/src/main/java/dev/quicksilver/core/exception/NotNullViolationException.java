package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * A NOT NULL column was given no value.
 *
 * <p>Immutable and thread-safe.
 */
public final class NotNullViolationException extends IntegrityViolationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from translated details.
     *
     * @param details what the database reported
     * @param cause the driver's exception
     */
    public NotNullViolationException(DatabaseErrorDetails details, @Nullable Throwable cause) {
        super("Not-null constraint" + details.describeTarget() + " violated: a required column was null. Bind a value for it or give the column a default.", details, cause);
    }
}
