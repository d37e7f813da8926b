package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.BulkDelete;
import dev.quicksilver.query.BulkInsert;
import dev.quicksilver.query.BulkUpdate;
import dev.quicksilver.query.Quicksilver;
import java.util.Objects;

/** Creates bulk writers; use {@link Quicksilver#bulkInsert}, {@code bulkUpdate} and {@code bulkDelete} instead. */
public final class BulkWriters {

    private BulkWriters() {
    }

    /**
     * A bulk insert with the defaults: 1,000 rows per chunk, 2 chunks in flight, all-or-nothing.
     *
     * @param quicksilver the entry point whose database and mapping are used
     * @param entity the entity
     * @param <E> the entity type
     * @return the writer
     */
    public static <E> BulkInsert<E> insert(Quicksilver quicksilver, EntityModel<E> entity) {
        return new DefaultBulkInsert<>(Objects.requireNonNull(quicksilver, "quicksilver"),
                Objects.requireNonNull(entity, "entity"), ChunkSettings.DEFAULT);
    }

    /**
     * A bulk update with the defaults: 1,000 rows per chunk, 2 chunks in flight, all-or-nothing.
     *
     * @param quicksilver the entry point whose database and mapping are used
     * @param entity the entity
     * @param <E> the entity type
     * @return the updater
     */
    public static <E> BulkUpdate<E> update(Quicksilver quicksilver, EntityModel<E> entity) {
        return new DefaultBulkUpdate<>(Objects.requireNonNull(quicksilver, "quicksilver"),
                Objects.requireNonNull(entity, "entity"), ChunkSettings.DEFAULT);
    }

    /**
     * A bulk delete with the defaults: 1,000 ids per chunk, 2 chunks in flight, all-or-nothing.
     *
     * @param quicksilver the entry point whose database and mapping are used
     * @param entity the entity
     * @param <E> the entity type
     * @return the deleter
     */
    public static <E> BulkDelete<E> delete(Quicksilver quicksilver, EntityModel<E> entity) {
        return new DefaultBulkDelete<>(Objects.requireNonNull(quicksilver, "quicksilver"),
                Objects.requireNonNull(entity, "entity"), ChunkSettings.DEFAULT);
    }
}
