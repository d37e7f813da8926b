package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.metadata.EntityMetadata;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entity row readers of one engine, built once per entity and column offset: an
 * {@link EntityRows} resolves its codecs and key positions when built, so statements share it rather
 * than redoing that per execution. Thread-safe.
 */
final class RowReaders {

    private record Key(EntityMetadata<?> metadata, int firstColumn) {
    }

    private final ConcurrentHashMap<Key, EntityRows<?>> readers = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <E> EntityRows<E> of(EntityMetadata<E> metadata, int firstColumn) {
        return (EntityRows<E>) readers.computeIfAbsent(new Key(metadata, firstColumn),
                key -> new EntityRows<>(key.metadata(), key.firstColumn()));
    }
}
