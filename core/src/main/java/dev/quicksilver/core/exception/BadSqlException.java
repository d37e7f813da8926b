package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * The database rejected the statement itself: a syntax error, an unknown table or column, or wrong types.
 *
 * <p>Immutable and thread-safe.
 */
public final class BadSqlException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from translated details.
     *
     * @param details what the database reported
     * @param cause the driver's exception
     */
    public BadSqlException(DatabaseErrorDetails details, @Nullable Throwable cause) {
        super("Bad SQL: the database rejected the statement" + details.describeTarget() + ". Check the SQL text, the table and column names, and the parameter types.", details, cause);
    }
}
