package dev.quicksilver.core.dialect;

/**
 * Row locks a {@code SELECT} can take.
 */
public enum LockMode {
    /** Exclusive row locks, waiting for other holders. */
    FOR_UPDATE,
    /** Exclusive row locks, failing at once when a row is locked. */
    FOR_UPDATE_NOWAIT,
    /** Exclusive row locks on the rows that are free, skipping locked ones (job queues). */
    FOR_UPDATE_SKIP_LOCKED,
    /** Shared row locks. */
    FOR_SHARE
}
