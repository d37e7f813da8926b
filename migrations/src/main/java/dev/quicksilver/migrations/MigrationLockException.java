package dev.quicksilver.migrations;

/**
 * The migration lock was not obtained within the configured wait (another instance is migrating,
 * or a stuck session holds it), or was lost while held.
 */
public final class MigrationLockException extends MigrationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message who holds the lock, how long we waited, and what to do
     */
    public MigrationLockException(String message) {
        super(message);
    }
}
