package dev.quicksilver.core;

/**
 * A snapshot of a pool's state.
 *
 * @param acquired connections handed out and not yet returned
 * @param idle connections open and waiting in the pool
 * @param pending acquires waiting for a connection
 * @param allocated connections open in all (acquired plus idle)
 * @param max the pool's maximum size
 */
public record PoolStats(int acquired, int idle, int pending, int allocated, int max) {
}
