package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.metadata.EntityMetadata;
import org.jspecify.annotations.Nullable;

/**
 * One entity a session holds: its metadata, the current object, the column values as last read or written
 * (the dirty-tracking snapshot; {@code null} for a new entity) and what the flush must do with it. Mutable,
 * confined to its session (which runs one operation at a time).
 */
final class SessionEntry {

    enum State {
        /** Added, not yet inserted. */
        NEW,
        /** In the database as the snapshot says. */
        PERSISTENT,
        /** To be deleted at the flush. */
        REMOVED
    }

    final EntityMetadata<Object> metadata;
    Object entity;
    @Nullable Object @Nullable [] snapshot;
    /** The target keys of its loaded owning many-to-many lists as last read or written; null when new. */
    java.util.@Nullable Map<Integer, java.util.Set<java.util.List<Object>>> associations;
    State state;

    SessionEntry(EntityMetadata<Object> metadata, Object entity, @Nullable Object @Nullable [] snapshot, State state) {
        this.metadata = metadata;
        this.entity = entity;
        this.snapshot = snapshot;
        this.state = state;
    }
}
