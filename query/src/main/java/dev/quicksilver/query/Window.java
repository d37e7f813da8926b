package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.model.SortKey;
import java.util.List;

/**
 * The window of a window function: its partitions and their order. {@code Window.partitionBy(x).orderBy(y.desc())}
 * or {@code Window.all().orderBy(…)}. Immutable and thread-safe.
 *
 * @param partitions the expressions that split rows into partitions (none: one partition)
 * @param order the order within each partition
 */
public record Window(List<Expression<?>> partitions, List<SortKey> order) {

    /** Copies the lists. */
    public Window {
        partitions = List.copyOf(partitions);
        order = List.copyOf(order);
    }

    /** One partition of every row, unordered. */
    public static Window all() {
        return new Window(List.of(), List.of());
    }

    /** Partitions by the expressions. */
    public static Window partitionBy(Expression<?>... expressions) {
        return new Window(List.of(expressions), List.of());
    }

    /** This window, ordered by the keys within each partition. */
    public Window orderBy(SortKey... keys) {
        return new Window(partitions, List.of(keys));
    }
}
