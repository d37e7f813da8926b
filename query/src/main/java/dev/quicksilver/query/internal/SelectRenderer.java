package dev.quicksilver.query.internal;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import java.util.List;

/**
 * Renders entity queries: {@code SELECT t0."c1", t0."c2", … FROM "table" t0 WHERE … ORDER BY …}, then
 * the dialect's paging and lock clauses, and the count and exists forms of the same query. Join-loaded
 * relationships add their targets' columns after the root's and a LEFT JOIN each.
 */
final class SelectRenderer {

    private SelectRenderer() {
    }

    /** The rows of the query: every column of the entity, in metadata order. */
    static RenderedSql select(SelectSpec<?> spec, Dialect dialect, MappingContext mapping) {
        SqlWriter out = new SqlWriter(dialect, mapping);
        SqlWriter.Scope root = out.enter(spec.root());
        List<JoinLoading.Joined> joins = JoinLoading.enter(spec, out, root);
        out.append("SELECT ");
        columns(out, root);
        JoinLoading.columns(joins, out);
        from(spec, out, root, joins);
        ExpressionRenderer.orderBy(spec.order(), out);
        paging(spec, out);
        if (spec.lock() != null) {
            out.append(' ').append(dialect.lockClause(spec.lock()));
        }
        return out.build();
    }

    /** {@code SELECT COUNT(*)} of the query; over a derived table when it is limited or offset. */
    static RenderedSql count(SelectSpec<?> spec, Dialect dialect, MappingContext mapping) {
        SqlWriter out = new SqlWriter(dialect, mapping);
        SqlWriter.Scope root = out.enter(spec.root());
        List<JoinLoading.Joined> joins = JoinLoading.enter(spec, out, root);
        if (spec.limit() == null && spec.offset() == null) {
            out.append("SELECT COUNT(*)");
            from(spec, out, root, joins);
            return out.build();
        }
        out.append("SELECT COUNT(*) FROM (SELECT 1 AS ").identifier("one");
        from(spec, out, root, joins);
        ExpressionRenderer.orderBy(spec.order(), out);
        paging(spec, out);
        return out.append(") ").append(dialect.quoteIdentifier("counted")).build();
    }

    /** {@code SELECT 1 … LIMIT 1}: a row when the query selects any. */
    static RenderedSql exists(SelectSpec<?> spec, Dialect dialect, MappingContext mapping) {
        return count(spec.withLimit(spec.limit() == null ? 1L : Math.min(1L, spec.limit())), dialect, mapping);
    }

    private static void columns(SqlWriter out, SqlWriter.Scope scope) {
        List<ColumnMetadata> columns = scope.metadata().columns();
        for (int i = 0; i < columns.size(); i++) {
            out.append(i == 0 ? "" : ", ").column(scope, columns.get(i).name());
        }
    }

    /** FROM the entity's table, the LEFT JOINs of join loading (so conditions may use them), WHERE. */
    private static void from(SelectSpec<?> spec, SqlWriter out, SqlWriter.Scope root, List<JoinLoading.Joined> joins) {
        out.append(" FROM ").append(spec.metadata().table().render(out.dialect())).append(' ').append(root.alias());
        JoinLoading.from(joins, out);
        if (spec.where() != null) {
            out.append(" WHERE ");
            ExpressionRenderer.render(spec.where(), out);
        }
    }

    private static void paging(SelectSpec<?> spec, SqlWriter out) {
        if (spec.limit() == null && spec.offset() == null) {
            return;
        }
        String limit = spec.limit() == null ? null : out.parameter(spec.limit(), Long.class);
        String offset = spec.offset() == null ? null : out.parameter(spec.offset(), Long.class);
        out.append(' ').append(out.dialect().pagingClause(limit, offset));
    }
}
