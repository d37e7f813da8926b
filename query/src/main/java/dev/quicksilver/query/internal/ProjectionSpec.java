package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.model.Relationship;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.query.CommonTable;
import dev.quicksilver.query.QueryTable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a projection query selects: its selection, tables and joins, condition, grouping, order,
 * paging, unions and common tables. Immutable; each {@code with…} returns a copy.
 */
record ProjectionSpec(List<Expression<?>> selection, List<Source> sources, @Nullable Condition where,
                      List<Expression<?>> groupBy, @Nullable Condition having, boolean distinct, List<SortKey> order,
                      @Nullable Long limit, @Nullable Long offset, List<UnionPart> unions, List<CommonTable> ctes) {

    /** How a table joins the ones before it. */
    enum JoinKind {
        FROM(", "), INNER(" JOIN "), LEFT(" LEFT JOIN "), RIGHT(" RIGHT JOIN "), FULL(" FULL JOIN ");

        final String sql;

        JoinKind(String sql) {
            this.sql = sql;
        }
    }

    /** A table of the FROM clause. */
    sealed interface Source permits EntitySource, TableSource, RelationshipSource {
        JoinKind kind();
    }

    /** An entity's table, joined on a condition (none for FROM). */
    record EntitySource(EntityModel<?> entity, JoinKind kind, @Nullable Condition on) implements Source {
    }

    /** A derived or common table, joined on a condition (none for FROM). */
    record TableSource(QueryTable table, JoinKind kind, @Nullable Condition on) implements Source {
    }

    /** A related entity's table, joined on the relationship's keys. */
    record RelationshipSource(Relationship<?, ?> relationship, EntityModel<?> target, JoinKind kind) implements Source {
    }

    /** A query combined with this one. */
    record UnionPart(boolean all, ProjectionSpec query) {
    }

    ProjectionSpec {
        selection = List.copyOf(selection);
        sources = List.copyOf(sources);
        groupBy = List.copyOf(groupBy);
        order = List.copyOf(order);
        unions = List.copyOf(unions);
        ctes = List.copyOf(ctes);
    }

    static ProjectionSpec of(List<Expression<?>> selection) {
        if (selection.isEmpty()) {
            throw new IllegalArgumentException("select: name at least one column or expression");
        }
        return new ProjectionSpec(selection, List.of(), null, List.of(), null, false, List.of(), null, null, List.of(),
                List.of());
    }

    ProjectionSpec withSource(Source source) {
        if (sources.isEmpty() && source.kind() != JoinKind.FROM) {
            throw new IllegalArgumentException("join: the query has no table yet; start with from(…), then join");
        }
        List<Source> more = new ArrayList<>(sources);
        more.add(source);
        return new ProjectionSpec(selection, more, where, groupBy, having, distinct, order, limit, offset, unions, ctes);
    }

    ProjectionSpec withWhere(Condition condition) {
        return new ProjectionSpec(selection, sources, where == null ? condition : where.and(condition), groupBy, having,
                distinct, order, limit, offset, unions, ctes);
    }

    ProjectionSpec withGroupBy(List<Expression<?>> expressions) {
        return new ProjectionSpec(selection, sources, where, expressions, having, distinct, order, limit, offset, unions,
                ctes);
    }

    ProjectionSpec withHaving(Condition condition) {
        return new ProjectionSpec(selection, sources, where, groupBy, having == null ? condition : having.and(condition),
                distinct, order, limit, offset, unions, ctes);
    }

    ProjectionSpec withDistinct() {
        return new ProjectionSpec(selection, sources, where, groupBy, having, true, order, limit, offset, unions, ctes);
    }

    ProjectionSpec withOrder(List<SortKey> keys) {
        return new ProjectionSpec(selection, sources, where, groupBy, having, distinct, keys, limit, offset, unions, ctes);
    }

    ProjectionSpec withLimit(long rows) {
        return new ProjectionSpec(selection, sources, where, groupBy, having, distinct, order, rows, offset, unions, ctes);
    }

    ProjectionSpec withOffset(long rows) {
        return new ProjectionSpec(selection, sources, where, groupBy, having, distinct, order, limit, rows, unions, ctes);
    }

    ProjectionSpec withUnion(UnionPart part) {
        if (!part.query().order().isEmpty() || part.query().limit() != null || part.query().offset() != null
                || !part.query().unions().isEmpty() || !part.query().ctes().isEmpty()) {
            throw new IllegalArgumentException("union: the query added has an order, paging, unions or common tables of"
                    + " its own; put order and paging on the first query (they apply to the whole union) and chain"
                    + " unions on it: a.union(b).union(c)");
        }
        if (part.query().selection().size() != selection.size()) {
            throw new IllegalArgumentException("union: the queries select " + selection.size() + " and "
                    + part.query().selection().size() + " columns; select as many, of the same types");
        }
        List<UnionPart> more = new ArrayList<>(unions);
        more.add(part);
        return new ProjectionSpec(selection, sources, where, groupBy, having, distinct, order, limit, offset, more, ctes);
    }

    ProjectionSpec withCtes(List<CommonTable> tables) {
        List<CommonTable> more = new ArrayList<>(ctes);
        more.addAll(tables);
        return new ProjectionSpec(selection, sources, where, groupBy, having, distinct, order, limit, offset, unions,
                more);
    }
}
