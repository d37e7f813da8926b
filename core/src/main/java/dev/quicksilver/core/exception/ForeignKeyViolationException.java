package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * A row referred to a parent that does not exist, or a parent still had children when it was deleted.
 *
 * <p>Immutable and thread-safe.
 */
public final class ForeignKeyViolationException extends IntegrityViolationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from translated details.
     *
     * @param details what the database reported
     * @param cause the driver's exception
     */
    public ForeignKeyViolationException(DatabaseErrorDetails details, @Nullable Throwable cause) {
        super("Foreign key" + details.describeTarget() + " violated: the referenced row does not exist, or referencing rows still exist. Write parents before children and delete children before parents.", details, cause);
    }
}
