package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * A row would have duplicated a value that a unique constraint or primary key forbids.
 *
 * <p>Immutable and thread-safe.
 */
public final class UniqueViolationException extends IntegrityViolationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from translated details.
     *
     * @param details what the database reported
     * @param cause the driver's exception
     */
    public UniqueViolationException(DatabaseErrorDetails details, @Nullable Throwable cause) {
        super("Unique constraint" + details.describeTarget() + " violated: a row with the same key already exists. Update the existing row, use an upsert, or choose another value.", details, cause);
    }
}
