package dev.quicksilver.mapping;

import dev.quicksilver.core.exception.QuicksilverException;

/**
 * A relationship was read that the query did not load. Quicksilver never answers with an empty
 * list or a {@code null} for a relationship it did not read (SQLAlchemy's {@code raiseload}): load it
 * with the query, or load it explicitly for the entity in hand.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnloadedRelationshipException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param description which relationship, e.g. {@code "Album.artist (artist_id = 1)"}
     */
    public UnloadedRelationshipException(String description) {
        super("The relationship " + description + " was not loaded. Load it with the query (load(...)) or"
                + " explicitly for this entity before reading it.");
    }
}
