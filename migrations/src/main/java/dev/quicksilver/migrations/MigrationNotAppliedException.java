package dev.quicksilver.migrations;

/**
 * A migration was found with a version lower than the highest applied one, and out-of-order
 * mode is off, so it would never be applied.
 */
public final class MigrationNotAppliedException extends MigrationValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param script the script not applied (its path below the location)
     * @param source where its file is, for the message
     * @param version its version
     * @param highestApplied the highest version applied
     */
    public MigrationNotAppliedException(String script, String source, String version, String highestApplied) {
        super(script, "Migration " + source + " (version " + version + ") was never applied, but version "
                + highestApplied + " already is. Give it a version above " + highestApplied + ", or allow it with"
                + " MigrationSettings.builder().outOfOrder(true).");
    }
}
