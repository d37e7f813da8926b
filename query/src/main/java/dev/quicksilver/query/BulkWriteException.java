package dev.quicksilver.query;

import dev.quicksilver.core.exception.QuicksilverException;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A bulk write failed. Says which chunk failed (counted from 0), which row of the input when the
 * database or the validator told (counted from 0), and how many rows are committed: none with
 * {@link BulkMode#ALL_OR_NOTHING}, those of the chunks acknowledged before the failure with
 * {@link BulkMode#COMMIT_PER_CHUNK}. The cause is the database's (translated) error or the
 * validation failure.
 *
 * <p>Immutable and thread-safe.
 */
public final class BulkWriteException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    private final long chunk;
    private final long row;
    private final long committedRows;

    /**
     * Creates the exception.
     *
     * @param message what failed, where, and what is committed
     * @param chunk the failed chunk, from 0; -1 when the failure was outside any chunk (the final commit)
     * @param row the failed row's position in the input, from 0; -1 when unknown
     * @param committedRows rows committed despite the failure
     * @param sql the statement that failed, if one did
     * @param cause the error
     */
    public BulkWriteException(String message, long chunk, long row, long committedRows, @Nullable String sql,
                              Throwable cause) {
        super(message, cause instanceof QuicksilverException quicksilver ? quicksilver.sqlState() : null, sql, cause);
        this.chunk = chunk;
        this.row = row;
        this.committedRows = committedRows;
    }

    /** The chunk that failed, counted from 0; -1 when the failure came after the chunks (the commit). */
    public long chunk() {
        return chunk;
    }

    /** The failed row's position in the input, counted from 0, when known. */
    public OptionalLong row() {
        return row < 0 ? OptionalLong.empty() : OptionalLong.of(row);
    }

    /** Rows committed in spite of the failure: always 0 for {@link BulkMode#ALL_OR_NOTHING}. */
    public long committedRows() {
        return committedRows;
    }
}
