package dev.quicksilver.migrations;

import org.jspecify.annotations.Nullable;

/**
 * A migration failed while running: names the script, the line its failing statement starts on,
 * the statement, whether the failure was recorded in the history, and what to do next. The
 * database's error is the cause.
 */
public final class MigrationExecutionException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final String script;
    private final int line;
    private final @Nullable String statement;

    /**
     * Creates an exception.
     *
     * @param script the failing script
     * @param line the line the failing statement starts on (1-based), or 0 for a Java migration
     * @param statement the failing statement, or {@code null} for a Java migration
     * @param advice what happened to the migration's changes and what to do next
     * @param cause the database's error
     */
    public MigrationExecutionException(String script, int line, @Nullable String statement, String advice,
                                       Throwable cause) {
        super("Migration " + script + " failed" + (line > 0 ? " at the statement on line " + line : "") + ": "
                + cause.getMessage() + (statement == null ? "" : "\n  statement: " + abbreviate(statement))
                + "\n  " + advice, cause);
        this.script = script;
        this.line = line;
        this.statement = statement;
    }

    private static String abbreviate(String statement) {
        String flat = statement.strip();
        return flat.length() <= 500 ? flat : flat.substring(0, 500) + " …";
    }

    /** Where the failing script is (location and path, e.g. {@code classpath:db/migration/V2__x.sql}), or the Java migration's name. */
    public String script() {
        return script;
    }

    /** The line (1-based) the failing statement starts on; 0 for a Java migration. */
    public int line() {
        return line;
    }

    /** The failing statement; {@code null} for a Java migration. */
    public @Nullable String statement() {
        return statement;
    }
}
