package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.internal.TypeLayout.EmbeddedSlot;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads and builds entities through a {@link TypeLayout}: each column has a route of slot indexes
 * from the entity through embedded values; a foreign-key column without a property of its own is
 * read from its relationship's {@link Ref}. Entities are built by the type's {@link Instantiator}.
 */
final class MethodHandleAccessor<T> implements EntityAccessor<T> {

    /**
     * How to reach a column's value.
     *
     * @param slotPath slot indexes from the root layout to the column's slot
     * @param refKey for a foreign-key column held only by a relationship: reads the key out of the {@code Ref}
     */
    record ColumnRoute(int[] slotPath, @Nullable Function<@Nullable Object, @Nullable Object> refKey) {
    }

    private final Class<T> type;
    private final TypeLayout root;
    private final ColumnRoute[] columns;
    private final Instantiator instantiator;
    private final int[] relationshipSlots;
    private final boolean[] relationshipToOne;

    /**
     * The accessor of an entity type; defines the type's {@link Instantiator}.
     *
     * @param columnPositions for each column number a {@link TypeLayout.ColumnSlot} holds, the column's final position
     */
    MethodHandleAccessor(Class<T> type, TypeLayout root, ColumnRoute[] columns, int[] columnPositions,
                         int[] relationshipSlots, boolean[] relationshipToOne) {
        this.type = type;
        this.root = root;
        this.columns = columns;
        this.instantiator = Instantiators.of(root, columnPositions);
        this.relationshipSlots = relationshipSlots;
        this.relationshipToOne = relationshipToOne;
    }

    /** The type's instantiator (a hidden class of its own). */
    Instantiator instantiator() {
        return instantiator;
    }

    @Override
    public @Nullable Object columnValue(T entity, int columnIndex) {
        ColumnRoute route = columns[columnIndex];
        int[] path = route.slotPath();
        TypeLayout layout = root;
        Object current = entity;
        for (int depth = 0; depth < path.length - 1; depth++) {
            EmbeddedSlot embedded = (EmbeddedSlot) layout.slots()[path[depth]];
            current = TypeLayout.get(embedded, current);
            if (current == null) {
                return null;
            }
            layout = embedded.layout();
        }
        Object value = TypeLayout.get(layout.slots()[path[path.length - 1]], current);
        return route.refKey() == null ? value : route.refKey().apply(value);
    }

    @Override
    public Object relationshipValue(T entity, int relationshipIndex) {
        Object value = TypeLayout.get(root.slots()[relationshipSlots[relationshipIndex]], entity);
        if (value != null) {
            return value;
        }
        return relationshipToOne[relationshipIndex] ? Ref.unloaded() : RefList.unloaded();
    }

    @Override
    @SuppressWarnings("unchecked") // the instantiator calls a constructor of T
    public T instantiate(@Nullable Object[] columnValues, Object[] relationshipValues) {
        try {
            return (T) instantiator.create(columnValues, relationshipValues);
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable failure) {
            throw creationFailed(failure);
        }
    }

    /** Kept out of {@link #instantiate} so that the JIT inlines the construction, not the message. */
    private IllegalStateException creationFailed(Throwable failure) {
        return new IllegalStateException("Could not create a " + type.getName() + ": " + failure, failure);
    }

    @Override
    public T withRelationshipValue(T entity, int relationshipIndex, Object value) {
        boolean toOne = relationshipToOne[relationshipIndex];
        if (toOne ? !(value instanceof Ref<?>) : !(value instanceof RefList<?>)) {
            throw new IllegalArgumentException("relationship " + relationshipIndex + " of " + type.getName() + " takes a "
                    + (toOne ? "Ref" : "RefList") + ", not " + value);
        }
        return type.cast(root.with(entity, relationshipSlots[relationshipIndex], value));
    }

    @Override
    public T withColumnValue(T entity, int columnIndex, @Nullable Object value) {
        ColumnRoute route = columns[columnIndex];
        Object written = route.refKey() == null ? value : (value == null ? Ref.none() : Ref.toKey(value));
        return type.cast(with(root, entity, route.slotPath(), 0, written));
    }

    private static Object with(TypeLayout layout, Object instance, int[] path, int depth, @Nullable Object value) {
        int slot = path[depth];
        if (depth == path.length - 1) {
            return layout.with(instance, slot, value);
        }
        EmbeddedSlot embedded = (EmbeddedSlot) layout.slots()[slot];
        Object child = TypeLayout.get(embedded, instance);
        if (child == null) {
            throw new IllegalStateException("Cannot write into " + embedded.property().name() + ": it is null");
        }
        return layout.with(instance, slot, with(embedded.layout(), child, path, depth + 1, value));
    }
}
