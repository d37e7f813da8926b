package dev.quicksilver.query.internal;

import dev.quicksilver.core.ResultRow;
import dev.quicksilver.core.ResultShape;
import dev.quicksilver.core.RowMapper;
import dev.quicksilver.core.RowMapperFactory;
import dev.quicksilver.mapping.metadata.ColumnCodec;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.JoinColumnMetadata;
import dev.quicksilver.mapping.metadata.JoinTableMetadata;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import dev.quicksilver.mapping.model.EntityModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one relationship's targets are selected for a window of parents, and which key links a target
 * to its parent. Single-column keys; a relationship over a composite key is refused with a clear
 * error.
 *
 * <ul>
 *   <li>owning to-one: targets whose referenced column is IN the parents' foreign keys;</li>
 *   <li>one-to-many and inverse one-to-one: targets whose foreign key is IN the parents' keys;</li>
 *   <li>many-to-many: targets joined to the association table whose owner column is IN the parents' keys;
 *   the owner column is selected first, then the target's columns.</li>
 * </ul>
 *
 * @param parentKey the parent column whose value links a parent to its targets
 * @param targetKey the target column holding that value (null for many-to-many: read from the row)
 * @param joinTable the association table's owner and target columns, for many-to-many
 */
record RelationshipFetch(LoadPlan plan, ColumnMetadata parentKey, @Nullable ColumnMetadata targetKey,
                         @Nullable JoinTableColumns joinTable) {

    /** A many-to-many's association table as seen from the loading side. */
    record JoinTableColumns(JoinTableMetadata table, JoinColumnMetadata owner, JoinColumnMetadata target) {
    }

    /** A target with the key linking it to its parent. */
    record Keyed(Object key, Object target) {
    }

    static RelationshipFetch of(LoadPlan plan, java.util.function.Function<Class<?>, EntityMetadata<?>> entities) {
        RelationshipMetadata relationship = plan.relationship();
        EntityMetadata<?> parent = plan.parent();
        EntityMetadata<?> target = plan.target();
        if (relationship.kind().isToOne() && relationship.isOwning()) {
            JoinColumnMetadata join = single(relationship.joinColumns(), plan);
            return new RelationshipFetch(plan, column(parent, join.column()), column(target, join.referencedColumn()), null);
        }
        if (relationship.kind() == dev.quicksilver.mapping.metadata.RelationshipKind.MANY_TO_MANY) {
            JoinTableMetadata table = relationship.isOwning() ? relationship.joinTable()
                    : owningSide(plan, entities).joinTable();
            if (table == null) {
                throw new IllegalStateException(parent.type().getName() + "." + relationship.property()
                        + " has no association table");
            }
            JoinColumnMetadata owner = single(relationship.isOwning() ? table.ownerColumns() : table.targetColumns(), plan);
            JoinColumnMetadata other = single(relationship.isOwning() ? table.targetColumns() : table.ownerColumns(), plan);
            return new RelationshipFetch(plan, column(parent, owner.referencedColumn()), null,
                    new JoinTableColumns(table, owner, other));
        }
        JoinColumnMetadata join = single(owningSide(plan, entities).joinColumns(), plan);
        return new RelationshipFetch(plan, column(parent, join.referencedColumn()), column(target, join.column()), null);
    }

    /** The target's relationship an inverse side is mapped by (validated when the metadata was built). */
    private static RelationshipMetadata owningSide(LoadPlan plan,
                                                   java.util.function.Function<Class<?>, EntityMetadata<?>> entities) {
        String mappedBy = java.util.Objects.requireNonNull(plan.relationship().mappedBy(), "mappedBy");
        return entities.apply(plan.target().type()).relationship(mappedBy).orElseThrow(() -> new IllegalStateException(
                plan.target().type().getName() + " has no relationship " + mappedBy));
    }

    private static JoinColumnMetadata single(List<JoinColumnMetadata> columns, LoadPlan plan) {
        if (columns.size() != 1) {
            throw new UnsupportedOperationException("Loading " + plan.parent().type().getSimpleName() + "."
                    + plan.relationship().property() + " needs a single-column key, but it has " + columns.size()
                    + " columns. Load it with a query of your own on the key columns.");
        }
        return columns.get(0);
    }

    private static ColumnMetadata column(EntityMetadata<?> entity, String name) {
        return entity.column(name).orElseThrow(() -> new IllegalStateException(entity.type().getName()
                + " has no column " + name));
    }

    /** The statement selecting the targets of parents whose keys are {@code keys} (Java-level values). */
    RenderedSql render(List<Object> keys, SqlWriter out) {
        EntityMetadata<?> target = plan.target();
        SqlWriter.Scope scope = out.enter(EntityModel.of(target.type()));
        out.append("SELECT ");
        if (joinTable != null) {
            out.append("j.").identifier(joinTable.owner().column()).append(", ");
        }
        List<ColumnMetadata> columns = target.columns();
        for (int i = 0; i < columns.size(); i++) {
            out.append(i == 0 ? "" : ", ").column(scope, columns.get(i).name());
        }
        out.append(" FROM ").append(target.table().render(out.dialect())).append(' ').append(scope.alias());
        if (joinTable != null) {
            out.append(" JOIN ").append(joinTable.table().table().render(out.dialect())).append(" j ON j.")
                    .identifier(joinTable.target().column()).append(" = ")
                    .column(scope, joinTable.target().referencedColumn());
            out.append(" WHERE ");
            ExpressionRenderer.in(out, writer -> writer.append("j.").identifier(joinTable.owner().column()), keys,
                    parentKey, false);
        } else {
            out.append(" WHERE ");
            String key = java.util.Objects.requireNonNull(targetKey, "targetKey").name();
            ExpressionRenderer.in(out, writer -> writer.column(scope, key), keys, parentKey, false);
        }
        out.append(" ORDER BY ");
        List<ColumnMetadata> ids = target.idColumns();
        for (int i = 0; i < ids.size(); i++) {
            out.append(i == 0 ? "" : ", ").column(scope, ids.get(i).name());
        }
        return out.build();
    }

    /** Reads each row as a target with its key. */
    RowMapperFactory<Keyed> rows(RowReaders readers) {
        EntityRows<?> entity = readers.of(plan.target(), joinTable == null ? 0 : 1);
        ColumnCodec keyCodec = ColumnCodec.of(parentKey);
        return shape -> keyed(shape, entity, keyCodec);
    }

    private RowMapper<Keyed> keyed(ResultShape shape, EntityRows<?> entity, ColumnCodec keyCodec) {
        RowMapper<?> targets = entity.forShape(shape);
        @SuppressWarnings("unchecked")
        dev.quicksilver.mapping.metadata.EntityAccessor<Object> accessor =
                (dev.quicksilver.mapping.metadata.EntityAccessor<Object>) plan.target().accessor();
        ColumnMetadata key = targetKey;
        Class<?> keyType = parentKey.storedType();
        return (ResultRow row) -> {
            Object target = targets.map(row);
            Object linking = key != null ? accessor.columnValue(target, key.propertyIndex())
                    : keyCodec.fromStored(java.util.Objects.requireNonNull(row.get(0, keyType), "association key"));
            return new Keyed(java.util.Objects.requireNonNull(linking, "key"), target);
        };
    }
}
