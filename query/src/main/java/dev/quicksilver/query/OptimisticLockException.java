package dev.quicksilver.query;

import dev.quicksilver.core.exception.QuicksilverException;
import org.jspecify.annotations.Nullable;

/**
 * An update or delete of an entity found no row as the entity in hand knew it: its {@code @Version}
 * column no longer holds the expected version (another transaction changed the row since it was read),
 * or the row is gone. Nothing was written by that statement; in a transaction, let the error roll the
 * whole transaction back, then reload the entity and apply the change again — {@link OptimisticRetry}
 * is the recipe.
 *
 * <p>Immutable; safe to share between threads.
 */
public final class OptimisticLockException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    private final Class<?> entityType;
    private final transient Object id;
    private final transient @Nullable Object expectedVersion;

    /**
     * Creates the exception.
     *
     * @param entityType the entity's type
     * @param id the entity's id (a {@code List} of values for a composite key)
     * @param expectedVersion the version the statement expected, or {@code null} for an entity without one
     * @param sql the statement that found no row
     */
    public OptimisticLockException(Class<?> entityType, Object id, @Nullable Object expectedVersion, String sql) {
        super(message(entityType, id, expectedVersion), null, sql, null);
        this.entityType = entityType;
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    private static String message(Class<?> entityType, Object id, @Nullable Object expectedVersion) {
        String entity = entityType.getSimpleName() + " with id " + id;
        if (expectedVersion == null) {
            return entity + " was not written: no row has that id any more (deleted by another transaction, or never"
                    + " inserted). Reload it before changing it.";
        }
        return entity + " was not written: it is no longer at version " + expectedVersion + " (changed or deleted by"
                + " another transaction since it was read). Roll back, reload it and apply the change again, e.g."
                + " retryWhen(OptimisticRetry.staleWrites(n)) around the whole transaction.";
    }

    /** The entity's type. */
    public Class<?> entityType() {
        return entityType;
    }

    /** The entity's id: its value, or a {@code List} of values for a composite key. */
    public Object id() {
        return id;
    }

    /** The version the statement expected, or {@code null} when the entity has no version column. */
    public @Nullable Object expectedVersion() {
        return expectedVersion;
    }
}
