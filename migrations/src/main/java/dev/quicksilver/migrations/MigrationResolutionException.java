package dev.quicksilver.migrations;

/**
 * The migrations found cannot be used as they are: a file name that does not follow the pattern,
 * two files with one version, a version with variants only for other databases, an unknown
 * placeholder, an unreadable location. Raised before anything runs; the message names the files.
 */
public class MigrationResolutionException extends MigrationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what is wrong, naming the files, and how to fix it
     */
    public MigrationResolutionException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause (an I/O failure while scanning).
     *
     * @param message what is wrong and how to fix it
     * @param cause the underlying failure
     */
    public MigrationResolutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
