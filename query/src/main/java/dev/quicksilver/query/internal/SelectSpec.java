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
 * What an entity query selects: the entity, its condition, order, paging, lock, the relationship
 * paths to load (select-in, or joined into the main statement) and, for keyset paging, the entity the
 * rows come after. Immutable; each {@code with…} returns a copy.
 */
record SelectSpec<E>(EntityModel<E> root, EntityMetadata<E> metadata, @Nullable Condition where, List<SortKey> order,
                     @Nullable Long limit, @Nullable Long offset, @Nullable LockMode lock,
                     List<RelationshipPath<E, ?>> loads, int window, List<RelationshipPath<E, ?>> joins,
                     @Nullable E after) {

    static final int DEFAULT_WINDOW = 500;

    SelectSpec {
        order = List.copyOf(order);
        loads = List.copyOf(loads);
        joins = List.copyOf(joins);
    }

    static <E> SelectSpec<E> of(EntityModel<E> root, EntityMetadata<E> metadata) {
        return new SelectSpec<>(root, metadata, null, List.of(), null, null, null, List.of(), DEFAULT_WINDOW,
                List.of(), null);
    }

    SelectSpec<E> withWhere(Condition condition) {
        return new SelectSpec<>(root, metadata, where == null ? condition : where.and(condition), order, limit, offset,
                lock, loads, window, joins, after);
    }

    SelectSpec<E> withOrder(List<SortKey> keys) {
        return new SelectSpec<>(root, metadata, where, keys, limit, offset, lock, loads, window, joins, after);
    }

    SelectSpec<E> withLimit(@Nullable Long rows) {
        return new SelectSpec<>(root, metadata, where, order, rows, offset, lock, loads, window, joins, after);
    }

    SelectSpec<E> withOffset(@Nullable Long rows) {
        return new SelectSpec<>(root, metadata, where, order, limit, rows, lock, loads, window, joins, after);
    }

    SelectSpec<E> withLock(@Nullable LockMode mode) {
        return new SelectSpec<>(root, metadata, where, order, limit, offset, mode, loads, window, joins, after);
    }

    SelectSpec<E> withLoad(RelationshipPath<E, ?> path) {
        List<RelationshipPath<E, ?>> more = new ArrayList<>(loads);
        more.add(path);
        return new SelectSpec<>(root, metadata, where, order, limit, offset, lock, more, window, joins, after);
    }

    /** A to-one path loaded by a LEFT JOIN in the main statement. */
    SelectSpec<E> withJoin(RelationshipPath<E, ?> path) {
        List<RelationshipPath<E, ?>> more = new ArrayList<>(joins);
        more.add(path);
        return new SelectSpec<>(root, metadata, where, order, limit, offset, lock, loads, window, more, after);
    }

    /** The rows after an entity in the query's order (keyset paging). */
    SelectSpec<E> withAfter(@Nullable E last) {
        return new SelectSpec<>(root, metadata, where, order, limit, offset, lock, loads, window, joins, last);
    }

    SelectSpec<E> withWindow(int parents) {
        return new SelectSpec<>(root, metadata, where, order, limit, offset, lock, loads, parents, joins, after);
    }
}
