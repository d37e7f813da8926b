package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.internal.MethodHandleAccessor.ColumnRoute;
import dev.quicksilver.mapping.metadata.CheckMetadata;
import dev.quicksilver.mapping.metadata.ForeignKeyMetadata;
import dev.quicksilver.mapping.metadata.IndexMetadata;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import dev.quicksilver.mapping.metadata.TableName;
import dev.quicksilver.mapping.metadata.UniqueConstraintMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything gathered about one entity while its annotations are read. Used by one thread, then dropped. */
final class EntityDraft {

    /** A relationship property found while reading columns, resolved once all columns are known. */
    record PendingRelationship(Property property, int slotIndex) {
    }

    final Class<?> type;
    final TableName table;
    final List<ColumnDraft> columns = new ArrayList<>();
    final List<ColumnRoute> routes = new ArrayList<>();
    final List<PendingRelationship> pending = new ArrayList<>();
    final List<RelationshipMetadata> relationships = new ArrayList<>();
    final List<ForeignKeyMetadata> foreignKeys = new ArrayList<>();
    final List<IndexMetadata> indexes = new ArrayList<>();
    final List<UniqueConstraintMetadata> uniques = new ArrayList<>();
    final List<CheckMetadata> checks = new ArrayList<>();
    private final Map<String, ColumnDraft> byName = new HashMap<>();
    int keyCount;
    @Nullable ColumnDraft version;

    EntityDraft(Class<?> type, TableName table) {
        this.type = type;
        this.table = table;
    }

    void addColumn(ColumnDraft column, ColumnRoute route) {
        ColumnDraft existing = byName.putIfAbsent(key(column.name), column);
        if (existing != null) {
            throw new MappingException(type, column.propertyPath, "maps to the column '" + column.name + "', which "
                    + existing.propertyPath + " maps to already. Give one of them another @Column(name = ...), or mark"
                    + " one @Transient.");
        }
        columns.add(column);
        routes.add(route);
    }

    /**
     * Puts the columns in declaration order (a foreign-key column a relationship contributes stands
     * where the relationship is declared) and renumbers them.
     *
     * @return for each column's first number, its final position
     */
    int[] settleColumnOrder() {
        Integer[] order = new Integer[columns.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (left, right) -> Arrays.compare(routes.get(left).slotPath(),
                routes.get(right).slotPath()));
        int[] finalPosition = new int[order.length];
        List<ColumnDraft> sortedColumns = new ArrayList<>(order.length);
        List<ColumnRoute> sortedRoutes = new ArrayList<>(order.length);
        for (int position = 0; position < order.length; position++) {
            ColumnDraft column = columns.get(order[position]);
            finalPosition[column.index] = position;
            column.index = position;
            sortedColumns.add(column);
            sortedRoutes.add(routes.get(order[position]));
        }
        columns.clear();
        columns.addAll(sortedColumns);
        routes.clear();
        routes.addAll(sortedRoutes);
        return finalPosition;
    }

    @Nullable ColumnDraft column(String name) {
        return byName.get(key(name));
    }

    List<String> columnNames() {
        return columns.stream().map(column -> column.name).toList();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
