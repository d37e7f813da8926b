package dev.quicksilver.core.exception;

/**
 * A statement was not sent because it was built wrongly: a named parameter without a value, a value
 * for a parameter the SQL does not have, an option out of range. Nothing reached the database.
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidStatementException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and how to fix it
     * @param sql the statement, as the caller wrote it
     */
    public InvalidStatementException(String message, String sql) {
        super(message + " | SQL: " + sql, null, sql, null);
    }
}
