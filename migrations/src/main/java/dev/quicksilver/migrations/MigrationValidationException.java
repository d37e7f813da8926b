package dev.quicksilver.migrations;

/**
 * The history and the migrations found disagree; {@link MigrationRunner#validate()} (and
 * {@code migrate}, which validates first) signals one of its subclasses, naming the script. When
 * several problems exist, the first is signalled and the others are attached as suppressed
 * exceptions.
 */
public abstract class MigrationValidationException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final String script;

    /**
     * Creates an exception.
     *
     * @param script the script concerned
     * @param message what is wrong and what to do
     */
    protected MigrationValidationException(String script, String message) {
        super(message);
        this.script = script;
    }

    /** The script concerned, as the history records it: its path below the location, or the Java migration's name. */
    public String script() {
        return script;
    }
}
