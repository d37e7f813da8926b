package dev.quicksilver.query.internal;

import dev.quicksilver.core.ResultRow;
import dev.quicksilver.core.ResultShape;
import dev.quicksilver.core.RowMapper;
import dev.quicksilver.core.RowMapperFactory;
import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Join loading of to-one relationships: each step of the query's join paths becomes a
 * {@code LEFT JOIN target tN ON tN.key = parent.key} in the main statement, the target's columns
 * follow the root's (depth first, in path order), and each row builds the root, then each target from
 * its own column range, attaching targets bottom-up ({@link Ref#none()} when the join found no row).
 */
final class JoinLoading {

    /** A joined step: how it links to its parent scope, its own scope, and the steps joined from it. */
    record Joined(RelationshipFetch fetch, SqlWriter.Scope parent, SqlWriter.Scope scope, List<Joined> children) {
    }

    private JoinLoading() {
    }

    /** Brings every joined entity of the spec into scope; call before writing the select list. */
    static List<Joined> enter(SelectSpec<?> spec, SqlWriter out, SqlWriter.Scope root) {
        if (spec.joins().isEmpty()) {
            return List.of();
        }
        return enter(LoadPlan.of(spec.metadata(), spec.joins(), out.mapping()), root, out);
    }

    private static List<Joined> enter(List<LoadPlan> plans, SqlWriter.Scope parent, SqlWriter out) {
        List<Joined> joined = new ArrayList<>(plans.size());
        for (LoadPlan plan : plans) {
            if (!plan.relationship().kind().isToOne()) {
                throw new IllegalArgumentException("LoadStrategy.JOIN loads to-one relationships only, but "
                        + plan.parent().type().getSimpleName() + "." + plan.relationship().property() + " is "
                        + plan.relationship().kind() + ": a join would repeat the parent per target. Load it with"
                        + " LoadStrategy.SELECT_IN (the default).");
            }
            RelationshipFetch fetch = RelationshipFetch.of(plan, type -> out.mapping().entity(type));
            SqlWriter.Scope scope = out.enterJoined(plan.target());
            joined.add(new Joined(fetch, parent, scope, enter(plan.children(), scope, out)));
        }
        return joined;
    }

    /** {@code , tN."c1", …} for every joined entity, depth first. */
    static void columns(List<Joined> joins, SqlWriter out) {
        for (Joined join : joins) {
            for (ColumnMetadata column : join.scope().metadata().columns()) {
                out.append(", ").column(join.scope(), column.name());
            }
            columns(join.children(), out);
        }
    }

    /** {@code LEFT JOIN "table" tN ON tN."key" = tP."key"} for every joined entity, depth first. */
    static void from(List<Joined> joins, SqlWriter out) {
        for (Joined join : joins) {
            ColumnMetadata targetKey = java.util.Objects.requireNonNull(join.fetch().targetKey(), "targetKey");
            out.append(" LEFT JOIN ").append(join.scope().metadata().table().render(out.dialect())).append(' ')
                    .append(join.scope().alias()).append(" ON ").column(join.scope(), targetKey.name()).append(" = ")
                    .column(join.parent(), join.fetch().parentKey().name());
            from(join.children(), out);
        }
    }

    /** Reads the root and its joined targets from each row. */
    static <E> RowMapperFactory<E> rows(SelectSpec<E> spec, DefaultQuicksilver engine) {
        EntityRows<E> root = engine.rowReaders().of(spec.metadata(), 0);
        if (spec.joins().isEmpty()) {
            return root;
        }
        List<Node> nodes = nodes(LoadPlan.of(spec.metadata(), spec.joins(), engine.mapping()), new int[] {root.width()},
                engine.rowReaders());
        return shape -> new JoinedMapper<>(root.forShape(shape), spec.metadata().accessor(), bind(nodes, shape));
    }

    /** A joined entity's reader, its relationship's position in its parent, and where its id is in the row. */
    private record Node(EntityRows<?> rows, int relationship, int idPosition, Class<?> idType, List<Node> children) {
    }

    private static List<Node> nodes(List<LoadPlan> plans, int[] nextColumn, RowReaders readers) {
        List<Node> nodes = new ArrayList<>(plans.size());
        for (LoadPlan plan : plans) {
            EntityMetadata<?> target = plan.target();
            EntityRows<?> rows = readers.of(target, nextColumn[0]);
            ColumnMetadata id = target.idColumns().get(0);
            int idPosition = nextColumn[0] + id.propertyIndex();
            nextColumn[0] += rows.width();
            nodes.add(new Node(rows, plan.relationship().propertyIndex(), idPosition, id.storedType(),
                    nodes(plan.children(), nextColumn, readers)));
        }
        return nodes;
    }

    /** A node resolved for one result shape. */
    private record Bound(RowMapper<?> mapper, EntityAccessor<Object> accessor, Node node, List<Bound> children) {
    }

    @SuppressWarnings("unchecked")
    private static List<Bound> bind(List<Node> nodes, ResultShape shape) {
        List<Bound> bound = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            bound.add(new Bound(node.rows().forShape(shape), (EntityAccessor<Object>) node.rows().metadata().accessor(),
                    node, bind(node.children(), shape)));
        }
        return bound;
    }

    /** Builds the root, then attaches each joined target built from the same row. */
    private record JoinedMapper<E>(RowMapper<E> root, EntityAccessor<E> accessor, List<Bound> joins)
            implements RowMapper<E> {

        @Override
        public E map(ResultRow row) {
            E entity = root.map(row);
            for (Bound join : joins) {
                entity = accessor.withRelationshipValue(entity, join.node().relationship(), ref(join, row));
            }
            return entity;
        }

        private static Ref<?> ref(Bound join, ResultRow row) {
            if (row.get(join.node().idPosition(), join.node().idType()) == null) {
                return Ref.none();
            }
            Object target = join.mapper().map(row);
            for (Bound child : join.children()) {
                target = join.accessor().withRelationshipValue(target, child.node().relationship(), ref(child, row));
            }
            return Ref.of(target);
        }
    }
}
