package dev.quicksilver.query;

/**
 * What a failed bulk write leaves behind.
 */
public enum BulkMode {
    /**
     * Every chunk in one transaction: either every row is committed or none is. Chunks are written one
     * after another on the transaction's connection.
     */
    ALL_OR_NOTHING,
    /**
     * Each chunk commits on its own (one COPY, or one multi-row INSERT, is atomic by itself). A failure
     * leaves the chunks acknowledged before it committed and reports how many rows they held; up to
     * {@code maxInFlight} chunks run at once, each on a pooled connection of its own.
     */
    COMMIT_PER_CHUNK
}
