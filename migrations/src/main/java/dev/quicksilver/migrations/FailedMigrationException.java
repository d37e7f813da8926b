package dev.quicksilver.migrations;

/**
 * The history holds a migration recorded as failed (it failed where DDL is not transactional, or
 * was marked non-transactional): its changes may be half applied, so the runner refuses to go on
 * until a human looked at it and ran {@link MigrationRunner#repair()}.
 */
public final class FailedMigrationException extends MigrationValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param script the failed script, as the history records it
     * @param source where its file is (location and path), or the script again when it is no longer found
     * @param version its version, or its description for a repeatable migration
     * @param historyTable the history table, for the message
     */
    public FailedMigrationException(String script, String source, String version, String historyTable) {
        super(script, "Migration " + source + " (version " + version + ") failed in an earlier run and is recorded as"
                + " failed in " + historyTable + "; its statements before the failing one may have been committed."
                + " Undo what it applied (or make the file safe to re-run), fix the file, then run repair() to"
                + " remove the failed row and migrate() again.");
    }
}
