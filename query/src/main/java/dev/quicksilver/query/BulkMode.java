package dev.quicksilver.query;

/**
 * What a failed bulk write leaves behind.
 */
public enum BulkMode {
    /**
     * Either every row is committed or none is. With COPY (PostgreSQL, no keys wanted) the whole input is one
     * {@code COPY … FROM STDIN} fed chunk by chunk as the connection takes the data (one COPY is atomic on its
     * own); otherwise every chunk runs in one transaction, one after another on its connection.
     */
    ALL_OR_NOTHING,
    /**
     * Each chunk commits on its own (one COPY, or one multi-row INSERT, is atomic by itself). A failure
     * leaves the chunks acknowledged before it committed and reports how many rows they held; up to
     * {@code maxInFlight} chunks run at once, each on a pooled connection of its own.
     */
    COMMIT_PER_CHUNK
}
