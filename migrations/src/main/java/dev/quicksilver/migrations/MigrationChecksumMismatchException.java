package dev.quicksilver.migrations;

/**
 * An applied migration's file was edited afterwards: its checksum is no longer the one recorded.
 * Line endings and a byte-order mark do not count as edits.
 */
public final class MigrationChecksumMismatchException extends MigrationValidationException {

    private static final long serialVersionUID = 1L;

    private final String appliedChecksum;
    private final String resolvedChecksum;

    /**
     * Creates an exception.
     *
     * @param script the edited script
     * @param location where it was found, for the message
     * @param appliedChecksum the checksum recorded when it was applied
     * @param resolvedChecksum the checksum of the file now
     */
    public MigrationChecksumMismatchException(String script, String location, String appliedChecksum,
                                              String resolvedChecksum) {
        super(script, "Migration " + script + " (" + location + ") was changed after it was applied: the history"
                + " records checksum " + appliedChecksum + ", the file now has " + resolvedChecksum + ". Put the"
                + " applied content back and write a new migration for the change; or, if the edit is harmless"
                + " (comments, formatting), run repair() to record the new checksum.");
        this.appliedChecksum = appliedChecksum;
        this.resolvedChecksum = resolvedChecksum;
    }

    /** The checksum recorded in the history. */
    public String appliedChecksum() {
        return appliedChecksum;
    }

    /** The checksum of the file found. */
    public String resolvedChecksum() {
        return resolvedChecksum;
    }
}
