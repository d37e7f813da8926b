package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * A row failed a CHECK constraint.
 *
 * <p>Immutable and thread-safe.
 */
public final class CheckViolationException extends IntegrityViolationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from translated details.
     *
     * @param details what the database reported
     * @param cause the driver's exception
     */
    public CheckViolationException(DatabaseErrorDetails details, @Nullable Throwable cause) {
        super("Check constraint" + details.describeTarget() + " violated: a value is outside what the table allows. Validate the input before writing.", details, cause);
    }
}
