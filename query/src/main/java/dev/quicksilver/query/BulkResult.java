package dev.quicksilver.query;

import java.time.Duration;

/**
 * The outcome of a bulk write that completed: every row is committed.
 *
 * @param rows rows written (for a bulk delete: rows deleted)
 * @param chunks chunks written
 * @param elapsed time from subscription to the last commit
 * @param method how the chunks reached the database
 */
public record BulkResult(long rows, long chunks, Duration elapsed, Method method) {

    /** How a bulk write sent its chunks. */
    public enum Method {
        /** PostgreSQL {@code COPY … FROM STDIN}, text format: one per chunk. */
        COPY,
        /** Multi-row {@code INSERT … VALUES (…), (…)}, every value bound. */
        MULTI_ROW_INSERT,
        /** Multi-row upsert: PostgreSQL {@code INSERT … ON CONFLICT}, H2 {@code MERGE … USING (VALUES …)}. */
        MULTI_ROW_UPSERT,
        /** {@code MERGE INTO t USING (VALUES (…), (…)) … WHEN MATCHED THEN UPDATE}: one per chunk. */
        MERGE_UPDATE,
        /** {@code DELETE … WHERE key IN (…)}: one per chunk. */
        KEYED_DELETE
    }

    /** Rows per second (0 when no time passed). */
    public double rowsPerSecond() {
        long nanos = elapsed.toNanos();
        return nanos == 0 ? 0 : rows * 1e9 / nanos;
    }
}
