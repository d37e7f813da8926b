package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.Comparison;
import dev.quicksilver.mapping.model.ComparisonOperator;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.mapping.model.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Keyset (seek) paging: the query's order made total by its entity's id columns, and the condition
 * selecting the rows after a given entity in that order. For keys {@code k1..kn} with the last row's
 * values {@code v1..vn} it is {@code (k1 > v1) OR (k1 = v1 AND k2 > v2) OR …}, with {@code <} for a
 * descending key. Every value is bound; the condition is part of the query's condition tree.
 *
 * <p>Order keys must be NOT NULL columns of the queried entity: a NULL compares with nothing, so rows
 * with NULL keys would be skipped silently. Such a query is refused with an error saying so.
 */
final class Keyset {

    private Keyset() {
    }

    /** The spec ordered totally and, when it names an entity to start after, narrowed to the rows after it. */
    static <E> SelectSpec<E> seek(SelectSpec<E> spec) {
        List<Key> keys = keys(spec);
        List<SortKey> order = new ArrayList<>(keys.size());
        for (Key key : keys) {
            order.add(key.sort());
        }
        SelectSpec<E> ordered = spec.withOrder(order).withAfter(null);
        E last = spec.after();
        if (last == null) {
            return ordered;
        }
        EntityAccessor<E> accessor = spec.metadata().accessor();
        List<Condition> alternatives = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            List<Condition> parts = new ArrayList<>(i + 1);
            for (int j = 0; j <= i; j++) {
                Key key = keys.get(j);
                Object value = accessor.columnValue(last, key.metadata().propertyIndex());
                if (value == null) {
                    throw new IllegalArgumentException("The entity to page after has no value for "
                            + key.metadata().propertyPath() + ", a key of the order; give an entity read by this query.");
                }
                ComparisonOperator operator = j < i ? ComparisonOperator.EQ
                        : key.sort().direction() == SortKey.Direction.DESC ? ComparisonOperator.LT : ComparisonOperator.GT;
                parts.add(new Comparison(key.sort().expression(), operator, new Value<>(value)));
            }
            alternatives.add(Condition.allOf(parts));
        }
        return ordered.withWhere(Condition.anyOf(alternatives));
    }

    /** One key of the total order with the column it is. */
    private record Key(SortKey sort, ColumnMetadata metadata) {
    }

    private static <E> List<Key> keys(SelectSpec<E> spec) {
        EntityMetadata<E> metadata = spec.metadata();
        List<Key> keys = new ArrayList<>();
        Set<String> columns = new HashSet<>();
        for (SortKey sort : spec.order()) {
            if (!(sort.expression() instanceof Column<?, ?> column) || !sameEntity(column, spec)) {
                throw new IllegalArgumentException("Keyset paging orders by columns of "
                        + metadata.type().getSimpleName() + " only, but the order has " + sort.expression()
                        + ". Order by the entity's own columns, or page with limit() and offset().");
            }
            ColumnMetadata resolved = column.resolve(metadata);
            if (resolved.nullable() && !resolved.isId()) {
                throw new IllegalArgumentException("Keyset paging cannot order by " + metadata.type().getSimpleName()
                        + "." + resolved.propertyPath() + ": the column is nullable, and rows whose key is NULL would"
                        + " be skipped. Order by NOT NULL columns, or page with limit() and offset().");
            }
            if (columns.add(resolved.name())) {
                keys.add(new Key(sort, resolved));
            }
        }
        for (ColumnMetadata id : metadata.idColumns()) {
            if (columns.add(id.name())) {
                keys.add(new Key(spec.root().column(id.propertyPath()).asc(), id));
            }
        }
        return keys;
    }

    private static boolean sameEntity(Column<?, ?> column, SelectSpec<?> spec) {
        return column.entity().type().equals(spec.root().type())
                && Objects.equals(column.entity().alias(), spec.root().alias());
    }
}
