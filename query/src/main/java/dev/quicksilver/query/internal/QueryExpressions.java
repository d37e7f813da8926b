package dev.quicksilver.query.internal;

import dev.quicksilver.core.dialect.ColumnType;
import dev.quicksilver.core.dialect.ColumnType.SqlKind;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.query.Aggregate;
import dev.quicksilver.query.Case;
import dev.quicksilver.query.Cast;
import dev.quicksilver.query.DatePart;
import dev.quicksilver.query.Exists;
import dev.quicksilver.query.FunctionCall;
import dev.quicksilver.query.Over;
import dev.quicksilver.query.RawCondition;
import dev.quicksilver.query.RawExpression;
import dev.quicksilver.query.ScalarSubquery;
import dev.quicksilver.query.TableColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders the query module's expressions: functions, aggregates and window functions, CASE, casts,
 * date parts, raw fragments (each {@code ?} a bound parameter), subqueries and columns of derived or
 * common tables. Everything here is SQL that PostgreSQL and H2 spell alike, except type names, which
 * the dialect gives.
 */
final class QueryExpressions {

    private static final Map<Class<?>, SqlKind> CAST_TYPES = Map.ofEntries(
            Map.entry(Integer.class, SqlKind.INTEGER), Map.entry(Long.class, SqlKind.BIGINT),
            Map.entry(Short.class, SqlKind.SMALLINT), Map.entry(Double.class, SqlKind.DOUBLE),
            Map.entry(Float.class, SqlKind.REAL), Map.entry(BigDecimal.class, SqlKind.DECIMAL),
            Map.entry(String.class, SqlKind.VARCHAR), Map.entry(Boolean.class, SqlKind.BOOLEAN),
            Map.entry(LocalDate.class, SqlKind.DATE), Map.entry(LocalTime.class, SqlKind.TIME),
            Map.entry(LocalDateTime.class, SqlKind.TIMESTAMP));

    private QueryExpressions() {
    }

    static void render(Expression<?> expression, SqlWriter out, @Nullable ColumnMetadata context) {
        if (expression instanceof Aggregate<?> aggregate) {
            aggregate(aggregate, out);
        } else if (expression instanceof Over<?> over) {
            aggregate(over.function(), out);
            window(over, out);
        } else if (expression instanceof FunctionCall<?> call) {
            ColumnMetadata first = call.arguments().isEmpty() ? null
                    : ExpressionRenderer.columnOf(call.arguments().get(0), out);
            out.append(call.name()).append('(');
            list(call.arguments(), out, first);
            out.append(')');
        } else if (expression instanceof Case<?> caseExpression) {
            caseExpression(caseExpression, out, context);
        } else if (expression instanceof Cast<?> cast) {
            out.append("CAST(");
            ExpressionRenderer.render(cast.operand(), out);
            out.append(" AS ").append(castType(cast, out)).append(')');
        } else if (expression instanceof DatePart part) {
            out.append("CAST(EXTRACT(").append(part.field().name()).append(" FROM ");
            ExpressionRenderer.render(part.source(), out);
            out.append(") AS ").append(out.dialect().typeName(ColumnType.of(SqlKind.INTEGER))).append(')');
        } else if (expression instanceof RawExpression<?> raw) {
            raw(raw.sql(), raw.arguments(), out);
        } else if (expression instanceof RawCondition raw) {
            out.append('(');
            raw(raw.sql(), raw.arguments(), out);
            out.append(')');
        } else if (expression instanceof ScalarSubquery<?> scalar) {
            ProjectionRenderer.subquery(scalar.query(), out);
        } else if (expression instanceof Exists exists) {
            out.append(exists.negated() ? "NOT EXISTS " : "EXISTS ");
            ProjectionRenderer.subquery(exists.query(), out);
        } else if (expression instanceof SqlFragment fragment) {
            fragment.render(out);
        } else if (expression instanceof TableColumn<?> column) {
            out.identifier(column.table()).append('.').identifier(column.column());
        } else {
            throw new IllegalArgumentException("Quicksilver cannot render a " + expression.getClass().getName()
                    + " (" + expression + ") in this statement. Build expressions with the metamodel, Expression's"
                    + " methods and Functions, or use Functions.rawExpression.");
        }
    }

    static boolean castable(Class<?> type) {
        return CAST_TYPES.containsKey(type);
    }

    private static void aggregate(Aggregate<?> aggregate, SqlWriter out) {
        out.append(aggregate.kind().name()).append('(');
        if (aggregate.argument() == null) {
            out.append(aggregate.kind() == Aggregate.Kind.COUNT ? "*" : "");
        } else {
            out.append(aggregate.distinct() ? "DISTINCT " : "");
            ExpressionRenderer.render(aggregate.argument(), out);
        }
        out.append(')');
    }

    private static void window(Over<?> over, SqlWriter out) {
        out.append(" OVER (");
        List<Expression<?>> partitions = over.window().partitions();
        for (int i = 0; i < partitions.size(); i++) {
            out.append(i == 0 ? "PARTITION BY " : ", ");
            ExpressionRenderer.render(partitions.get(i), out);
        }
        List<SortKey> order = over.window().order();
        ExpressionRenderer.orderBy(order, out); // writes " ORDER BY …" when there are keys
        out.append(')');
    }

    private static void caseExpression(Case<?> caseExpression, SqlWriter out, @Nullable ColumnMetadata context) {
        out.append("CASE");
        for (Case.When branch : caseExpression.branches()) {
            out.append(" WHEN ");
            ExpressionRenderer.render(branch.condition(), out);
            out.append(" THEN ");
            ExpressionRenderer.render(branch.result(), out, context);
        }
        if (caseExpression.otherwise() != null) {
            out.append(" ELSE ");
            ExpressionRenderer.render(caseExpression.otherwise(), out, context);
        }
        out.append(" END");
    }

    private static String castType(Cast<?> cast, SqlWriter out) {
        SqlKind kind = CAST_TYPES.get(cast.type());
        if (kind == null) {
            throw new IllegalArgumentException("Quicksilver cannot cast to " + cast.type().getName() + ": cast to one of "
                    + CAST_TYPES.keySet().stream().map(Class::getSimpleName).sorted().toList()
                    + ", or use Functions.rawExpression.");
        }
        if (kind == SqlKind.DECIMAL) {
            if (cast.precision() == null) {
                throw new IllegalArgumentException("A cast to BigDecimal needs a precision: use Functions.castToDecimal");
            }
            return out.dialect().typeName(ColumnType.decimal(cast.precision(),
                    cast.scale() == null ? 0 : cast.scale()));
        }
        return out.dialect().typeName(ColumnType.of(kind));
    }

    private static void list(List<Expression<?>> expressions, SqlWriter out, @Nullable ColumnMetadata context) {
        for (int i = 0; i < expressions.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            ExpressionRenderer.render(expressions.get(i), out, context);
        }
    }

    /** The fragment as written, each {@code ?} replaced by a bound parameter. */
    private static void raw(String sql, List<Object> arguments, SqlWriter out) {
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?') {
                Object argument = arguments.get(next++);
                out.append(out.parameter(argument, argument.getClass()));
            } else {
                out.append(c);
            }
        }
    }
}
