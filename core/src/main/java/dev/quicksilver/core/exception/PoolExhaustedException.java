package dev.quicksilver.core.exception;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * No connection could be acquired from the pool within the configured acquire timeout. The message
 * shows the pool's state at that moment, which usually tells whether the pool is too small or
 * something holds connections too long (a transaction left open, a stream not consumed).
 *
 * <p>Immutable and thread-safe.
 */
public final class PoolExhaustedException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    private final int acquired;
    private final int idle;
    private final int pending;
    private final int max;

    /**
     * Creates the exception.
     *
     * @param timeout how long the acquire waited
     * @param acquired connections in use when it gave up
     * @param idle connections idle in the pool
     * @param pending other acquires still waiting (the one that gave up is no longer counted)
     * @param max the pool's maximum size
     * @param cause the pool's own timeout exception
     */
    public PoolExhaustedException(Duration timeout, int acquired, int idle, int pending, int max,
                                  @Nullable Throwable cause) {
        super(message(timeout, acquired, idle, pending, max), null, null, cause);
        this.acquired = acquired;
        this.idle = idle;
        this.pending = pending;
        this.max = max;
    }

    private static String message(Duration timeout, int acquired, int idle, int pending, int max) {
        String state = "pool state acquired=" + acquired + ", idle=" + idle + ", pending=" + pending + ", max=" + max;
        if (acquired < max) {
            return "Could not get a connection within " + timeout.toMillis() + " ms although the pool has room ("
                    + state + "): opening a new connection took too long. Check that the database is reachable and"
                    + " not overloaded, or raise the pool's acquireTimeout.";
        }
        return "Could not acquire a connection within " + timeout.toMillis() + " ms: " + state
                + ". Every connection is in use: look for transactions or streams that are held open, raise the"
                + " pool's maxSize, or raise its acquireTimeout.";
    }

    /** Connections in use when the acquire gave up. */
    public int acquired() {
        return acquired;
    }

    /** Idle connections when the acquire gave up. */
    public int idle() {
        return idle;
    }

    /** Other acquires still waiting when this one gave up (this one not counted). */
    public int pending() {
        return pending;
    }

    /** The pool's maximum size. */
    public int max() {
        return max;
    }
}
