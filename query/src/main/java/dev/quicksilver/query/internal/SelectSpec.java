package dev.quicksilver.query.internal;

import dev.quicksilver.core.dialect.LockMode;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.RelationshipPath;
import dev.quicksilver.mapping.model.SortKey;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an entity query selects: the entity, its condition, order, paging, lock and the relationship
 * paths to load. Immutable; each {@code with…} returns a copy.
 */
record SelectSpec<E>(EntityModel<E> root, EntityMetadata<E> metadata, @Nullable Condition where, List<SortKey> order,
                     @Nullable Long limit, @Nullable Long offset, @Nullable LockMode lock,
                     List<RelationshipPath<E, ?>> loads, int window) {

    static final int DEFAULT_WINDOW = 500;

    SelectSpec {
        order = List.copyOf(order);
        loads = List.copyOf(loads);
    }

    static <E> SelectSpec<E> of(EntityModel<E> root, EntityMetadata<E> metadata) {
        return new SelectSpec<>(root, metadata, null, List.of(), null, null, null, List.of(), DEFAULT_WINDOW);
    }

    SelectSpec<E> withWhere(Condition condition) {
        return new SelectSpec<>(root, metadata, where == null ? condition : where.and(condition), order, limit, offset,
                lock, loads, window);
    }

    SelectSpec<E> withOrder(List<SortKey> keys) {
        return new SelectSpec<>(root, metadata, where, keys, limit, offset, lock, loads, window);
    }

    SelectSpec<E> withLimit(@Nullable Long rows) {
        return new SelectSpec<>(root, metadata, where, order, rows, offset, lock, loads, window);
    }

    SelectSpec<E> withOffset(@Nullable Long rows) {
        return new SelectSpec<>(root, metadata, where, order, limit, rows, lock, loads, window);
    }

    SelectSpec<E> withLock(@Nullable LockMode mode) {
        return new SelectSpec<>(root, metadata, where, order, limit, offset, mode, loads, window);
    }

    SelectSpec<E> withLoad(RelationshipPath<E, ?> path) {
        List<RelationshipPath<E, ?>> more = new ArrayList<>(loads);
        more.add(path);
        return new SelectSpec<>(root, metadata, where, order, limit, offset, lock, more, window);
    }

    SelectSpec<E> withWindow(int parents) {
        return new SelectSpec<>(root, metadata, where, order, limit, offset, lock, loads, parents);
    }
}
