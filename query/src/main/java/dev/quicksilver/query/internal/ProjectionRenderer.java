package dev.quicksilver.query.internal;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.model.Aliased;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.mapping.model.Value;
import dev.quicksilver.query.Cast;
import dev.quicksilver.mapping.model.Subquery;
import dev.quicksilver.query.CommonTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders projection queries: {@code WITH …} common tables, {@code SELECT [DISTINCT] items FROM … JOIN …
 * WHERE … GROUP BY … HAVING …}, unions, then {@code ORDER BY} and the dialect's paging clause. A nested
 * query (a subquery, a derived or common table's body) gets a scope of its own, sees the entities of the
 * queries around it (correlation), and names every selected column ({@code AS "c1"} or its alias).
 */
final class ProjectionRenderer {

    private ProjectionRenderer() {
    }

    static RenderedSql render(ProjectionSpec spec, Dialect dialect, MappingContext mapping) {
        SqlWriter out = new SqlWriter(dialect, mapping);
        statement(spec, out, false);
        return out.build();
    }

    /** {@code (SELECT …)} of a query built by this module, in its own scope. */
    static void subquery(Subquery<?> query, SqlWriter out) {
        out.append('(');
        nested(specOf(query), out);
        out.append(')');
    }

    /** A query as the row source of {@code INSERT INTO … (columns) SELECT …}: no parentheses, its own scope. */
    static void insertSource(Subquery<?> query, SqlWriter out) {
        nested(specOf(query), out);
    }

    static ProjectionSpec specOf(Subquery<?> query) {
        if (query instanceof DefaultSelectQuery<?> select) {
            return select.spec();
        }
        throw new IllegalArgumentException("Quicksilver cannot render the subquery " + query + ": build it with"
                + " Quicksilver.select(…)");
    }

    private static void nested(ProjectionSpec spec, SqlWriter out) {
        out.openSubquery();
        statement(spec, out, true);
        out.closeSubquery();
    }

    private static void statement(ProjectionSpec spec, SqlWriter out, boolean nested) {
        ctes(spec.ctes(), out);
        select(spec, out, nested);
        for (ProjectionSpec.UnionPart part : spec.unions()) {
            out.append(part.all() ? " UNION ALL " : " UNION ");
            out.openSubquery();
            select(part.query(), out, nested);
            out.closeSubquery();
        }
        orderBy(spec, out);
        if (spec.limit() != null || spec.offset() != null) {
            String limit = spec.limit() == null ? null : out.parameter(spec.limit(), Long.class);
            String offset = spec.offset() == null ? null : out.parameter(spec.offset(), Long.class);
            out.append(' ').append(out.dialect().pagingClause(limit, offset));
        }
    }

    private static void ctes(List<CommonTable> ctes, SqlWriter out) {
        if (ctes.isEmpty()) {
            return;
        }
        out.append(ctes.stream().anyMatch(CommonTable::recursive) ? "WITH RECURSIVE " : "WITH ");
        for (int i = 0; i < ctes.size(); i++) {
            CommonTable cte = ctes.get(i);
            ProjectionSpec body = specOf(Objects.requireNonNull(cte.body(), () -> "The common table " + cte.name()
                    + " has no query: give it one with as(query) before passing it to with(…)"));
            out.append(i == 0 ? "" : ", ").identifier(cte.name());
            if (!cte.columns().isEmpty()) {
                if (cte.columns().size() != body.selection().size()) {
                    throw new IllegalArgumentException("The common table " + cte.name() + " declares "
                            + cte.columns().size() + " columns but its query selects " + body.selection().size());
                }
                for (int c = 0; c < cte.columns().size(); c++) {
                    out.append(c == 0 ? "(" : ", ").identifier(cte.columns().get(c));
                }
                out.append(')');
            }
            out.append(" AS (");
            nested(body, out);
            out.append(')');
        }
        out.append(' ');
    }

    /** One SELECT … FROM … WHERE … GROUP BY … HAVING …, without order and paging. */
    private static void select(ProjectionSpec spec, SqlWriter out, boolean nested) {
        List<SqlWriter.Scope> scopes = SourceRenderer.enter(spec.sources(), out);
        out.append(spec.distinct() ? "SELECT DISTINCT " : "SELECT ");
        List<Expression<?>> selection = spec.selection();
        for (int i = 0; i < selection.size(); i++) {
            Expression<?> item = selection.get(i);
            out.append(i == 0 ? "" : ", ");
            ExpressionRenderer.render(typed(item), out);
            if (item instanceof Aliased<?> aliased) {
                out.append(" AS ").identifier(aliased.alias());
            } else if (nested) {
                out.append(" AS ").identifier("c" + (i + 1));
            }
        }
        SourceRenderer.from(spec.sources(), scopes, out);
        if (spec.where() != null) {
            out.append(" WHERE ");
            ExpressionRenderer.render(spec.where(), out);
        }
        for (int i = 0; i < spec.groupBy().size(); i++) {
            out.append(i == 0 ? " GROUP BY " : ", ");
            ExpressionRenderer.render(spec.groupBy().get(i), out);
        }
        if (spec.having() != null) {
            out.append(" HAVING ");
            ExpressionRenderer.render(spec.having(), out);
        }
    }

    /**
     * A bound value in a select list, cast to its type: a bare parameter there has no type to infer from (H2
     * reads it as text in a common table), so {@code select(…, value(0))} is {@code CAST(:p AS integer)}.
     */
    private static Expression<?> typed(Expression<?> item) {
        Expression<?> expression = item instanceof Aliased<?> aliased ? aliased.expression() : item;
        if (expression instanceof Value<?> value && QueryExpressions.castable(value.value().getClass())
                && !(value.value() instanceof java.math.BigDecimal)) {
            return new Cast<>(value, value.value().getClass(), null, null);
        }
        return expression;
    }

    /** ORDER BY; on a union, keys that are selected are written as their position (the SQL standard's rule). */
    private static void orderBy(ProjectionSpec spec, SqlWriter out) {
        if (spec.unions().isEmpty()) {
            ExpressionRenderer.orderBy(spec.order(), out);
            return;
        }
        List<SortKey> keys = new ArrayList<>();
        for (SortKey key : spec.order()) {
            int position = position(spec.selection(), key.expression());
            if (position < 0) {
                throw new IllegalArgumentException("A union can only be ordered by what it selects; " + key.expression()
                        + " is not among " + spec.selection());
            }
            keys.add(new SortKey(new Position(position + 1), key.direction(), key.nulls()));
        }
        ExpressionRenderer.orderBy(keys, out);
    }

    private static int position(List<Expression<?>> selection, Expression<?> expression) {
        for (int i = 0; i < selection.size(); i++) {
            Expression<?> item = selection.get(i);
            if (item.equals(expression) || item instanceof Aliased<?> aliased && aliased.expression().equals(expression)) {
                return i;
            }
        }
        return -1;
    }

    /** A select-list position in ORDER BY. */
    record Position(int value) implements SqlFragment {

        @Override
        public void render(SqlWriter out) {
            out.append(Integer.toString(value));
        }
    }
}
