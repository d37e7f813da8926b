package dev.quicksilver.query;

import java.time.Duration;

/**
 * How far a bulk write has come: emitted once per chunk the database acknowledged, in input order.
 * With {@link BulkMode#ALL_OR_NOTHING} the rows are written but committed only when the stream completes.
 *
 * @param rows rows written so far
 * @param chunks chunks written so far
 * @param elapsed time since the write was subscribed
 */
public record BulkProgress(long rows, long chunks, Duration elapsed) {

    /** Rows per second so far (0 before any time has passed). */
    public double rowsPerSecond() {
        long nanos = elapsed.toNanos();
        return nanos == 0 ? 0 : rows * 1e9 / nanos;
    }
}
