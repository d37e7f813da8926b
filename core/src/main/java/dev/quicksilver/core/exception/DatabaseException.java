package dev.quicksilver.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * An error the database itself reported, translated from the driver's exception. Subclasses say
 * which kind; this class is used as is for errors no subclass describes.
 *
 * <p>Immutable and thread-safe.
 */
public class DatabaseException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String constraintName;
    private final @Nullable String tableName;
    private final @Nullable String columnName;
    private final String databaseMessage;

    /**
     * Creates an exception from translated details.
     *
     * @param summary what happened and what to try, without the database's own message
     * @param details what the database reported
     * @param cause the driver's exception
     */
    public DatabaseException(String summary, DatabaseErrorDetails details, @Nullable Throwable cause) {
        super(compose(summary, details), details.sqlState(), details.sql(), cause);
        this.constraintName = details.constraintName();
        this.tableName = details.tableName();
        this.columnName = details.columnName();
        this.databaseMessage = details.databaseMessage();
    }

    private static String compose(String summary, DatabaseErrorDetails details) {
        StringBuilder message = new StringBuilder(summary);
        message.append(" [SQLSTATE ").append(details.sqlState() == null ? "none" : details.sqlState()).append("] ");
        message.append("Database said: ").append(details.databaseMessage());
        if (details.sql() != null) {
            message.append(" | SQL: ").append(details.sql());
        }
        return message.toString();
    }

    /** The constraint the database named (for H2 unique violations, the backing index), or {@code null}. */
    public @Nullable String constraintName() {
        return constraintName;
    }

    /** The table the database named, or {@code null}. */
    public @Nullable String tableName() {
        return tableName;
    }

    /** The column the database named, or {@code null}. */
    public @Nullable String columnName() {
        return columnName;
    }

    /** The database's own message, untouched. */
    public String databaseMessage() {
        return databaseMessage;
    }
}
