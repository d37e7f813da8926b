package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.internal.TypeLayout.ColumnSlot;
import dev.quicksilver.mapping.internal.TypeLayout.EmbeddedSlot;
import dev.quicksilver.mapping.internal.TypeLayout.RelationshipSlot;
import dev.quicksilver.mapping.internal.TypeLayout.Slot;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads and builds entities through a {@link TypeLayout}: each column has a route of slot indexes
 * from the entity through embedded values; a foreign-key column without a property of its own is
 * read from its relationship's {@link Ref}.
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
    /** For each column number a {@link ColumnSlot} holds, the column's final position. */
    private final int[] columnPositions;
    private final int[] relationshipSlots;
    private final boolean[] relationshipToOne;

    MethodHandleAccessor(Class<T> type, TypeLayout root, ColumnRoute[] columns, int[] columnPositions,
                         int[] relationshipSlots, boolean[] relationshipToOne) {
        this.type = type;
        this.root = root;
        this.columns = columns;
        this.columnPositions = columnPositions;
        this.relationshipSlots = relationshipSlots;
        this.relationshipToOne = relationshipToOne;
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
    public T instantiate(@Nullable Object[] columnValues, Object[] relationshipValues) {
        return type.cast(build(root, columnValues, relationshipValues, false));
    }

    private @Nullable Object build(TypeLayout layout, @Nullable Object[] columnValues, Object[] relationshipValues,
                                          boolean nullWhenEmpty) {
        Slot[] slots = layout.slots();
        Object[] values = new Object[slots.length];
        boolean empty = true;
        for (int i = 0; i < slots.length; i++) {
            Slot slot = slots[i];
            if (slot instanceof ColumnSlot column) {
                values[i] = columnValues[columnPositions[column.columnIndex()]];
            } else if (slot instanceof EmbeddedSlot embedded) {
                values[i] = build(embedded.layout(), columnValues, relationshipValues, true);
            } else {
                values[i] = relationshipValues[((RelationshipSlot) slot).relationshipIndex()];
            }
            empty &= values[i] == null;
        }
        return nullWhenEmpty && empty ? null : layout.construct(values);
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
