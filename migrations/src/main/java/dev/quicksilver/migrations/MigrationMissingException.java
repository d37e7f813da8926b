package dev.quicksilver.migrations;

/** A migration recorded as applied is no longer found in any location. */
public final class MigrationMissingException extends MigrationValidationException {

    private static final long serialVersionUID = 1L;

    private final String version;

    /**
     * Creates an exception.
     *
     * @param version the recorded version
     * @param script the recorded script
     */
    public MigrationMissingException(String version, String script) {
        super(script, "Migration version " + version + " (" + script + ") is recorded as applied but was not found in"
                + " the configured locations. Restore the file (or register the Java migration) or check the"
                + " locations; migrations that ran must stay with the application.");
        this.version = version;
    }

    /** The recorded version. */
    public String version() {
        return version;
    }
}
