package dev.quicksilver.core.exception;

/**
 * The current dialect cannot express what was asked (for example {@code SKIP LOCKED} on a database
 * without it). Raised before anything is sent.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnsupportedFeatureException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param dialect the dialect's name
     * @param feature what was asked for
     * @param advice what to do instead
     */
    public UnsupportedFeatureException(String dialect, String feature, String advice) {
        super(dialect + " does not support " + feature + ". " + advice);
    }
}
