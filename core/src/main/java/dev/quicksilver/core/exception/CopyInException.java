package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * A {@code COPY … FROM STDIN} failed at a line of its data that the database named. The cause is the
 * translated error (a {@link UniqueViolationException}, a {@link DatabaseException}, …); {@link #line()}
 * says which line of the data (1 for the first) the database was reading.
 *
 * <p>Immutable and thread-safe.
 */
public final class CopyInException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    private final long line;

    /**
     * Creates the exception.
     *
     * @param line the line of the data the database stopped at, counted from 1
     * @param cause the translated error
     * @param sql the COPY statement
     */
    public CopyInException(long line, QuicksilverException cause, @Nullable String sql) {
        super("COPY failed at line " + line + " of its data: " + cause.getMessage(), cause.sqlState(), sql, cause);
        this.line = line;
    }

    /** The line of the data (one row per line) the database stopped at, counted from 1. */
    public long line() {
        return line;
    }
}
