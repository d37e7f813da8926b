package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * The root of every error Quicksilver signals: a database failure translated by the dialect, or a
 * misuse of the API detected before anything was sent. Catch it (or a subclass) in
 * {@code onErrorResume}; its message says what happened and what to try next.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public class QuicksilverException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String sqlState;
    private final @Nullable String sql;

    /**
     * Creates an exception.
     *
     * @param message what happened and what to try
     * @param sqlState the SQLSTATE the database reported, if any
     * @param sql the statement that failed, if any
     * @param cause the driver's exception, if any
     */
    public QuicksilverException(String message, @Nullable String sqlState, @Nullable String sql,
                                @Nullable Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
        this.sql = sql;
    }

    /** Creates an exception for a misuse detected before the database was involved. */
    public QuicksilverException(String message) {
        this(message, null, null, null);
    }

    /** The five-character SQLSTATE reported by the database, or {@code null} when there was none. */
    public @Nullable String sqlState() {
        return sqlState;
    }

    /** The SQL text that failed, or {@code null} when the failure was not tied to a statement. */
    public @Nullable String sql() {
        return sql;
    }
}
