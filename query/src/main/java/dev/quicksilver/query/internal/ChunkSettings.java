package dev.quicksilver.query.internal;

import dev.quicksilver.query.BulkMode;
import java.util.Objects;

/** Chunk size, chunks in flight and mode of a keyed bulk write; validated on the way in. */
record ChunkSettings(int chunkSize, int maxInFlight, BulkMode mode) {

    static final ChunkSettings DEFAULT = new ChunkSettings(1_000, 2, BulkMode.ALL_OR_NOTHING);

    ChunkSettings withChunkSize(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1, was " + rows);
        }
        return new ChunkSettings(rows, maxInFlight, mode);
    }

    ChunkSettings withMaxInFlight(int chunks) {
        if (chunks < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, was " + chunks);
        }
        return new ChunkSettings(chunkSize, chunks, mode);
    }

    ChunkSettings withMode(BulkMode newMode) {
        return new ChunkSettings(chunkSize, maxInFlight, Objects.requireNonNull(newMode, "mode"));
    }
}
