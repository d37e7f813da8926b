package dev.quicksilver.query.internal;

import dev.quicksilver.core.dialect.InListStyle;
import dev.quicksilver.mapping.metadata.ColumnCodec;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.TableName;
import dev.quicksilver.mapping.model.Aliased;
import dev.quicksilver.mapping.model.Arithmetic;
import dev.quicksilver.mapping.model.Between;
import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.Comparison;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.model.InList;
import dev.quicksilver.mapping.model.InSubquery;
import dev.quicksilver.mapping.model.Junction;
import dev.quicksilver.mapping.model.Like;
import dev.quicksilver.mapping.model.Negation;
import dev.quicksilver.mapping.model.NullTest;
import dev.quicksilver.mapping.model.Parameter;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.mapping.model.Value;
import java.lang.reflect.Array;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders the condition tree of {@code dev.quicksilver.mapping.model} into a {@link SqlWriter}. A value
 * compared with a column is converted to the column's stored type (converter, enum name or ordinal)
 * and, for a PostgreSQL native enum, cast to the enum type. IN lists render as {@code = ANY(:p)} with
 * one array parameter where the dialect supports it, so the text does not vary with the list.
 */
final class ExpressionRenderer {

    private ExpressionRenderer() {
    }

    static void render(Expression<?> expression, SqlWriter out) {
        render(expression, out, null);
    }

    /** Renders an expression assigned to (or compared with) a column: values are converted as it stores them. */
    static void renderFor(Expression<?> expression, ColumnMetadata column, SqlWriter out) {
        render(expression, out, column);
    }

    /**
     * The marker of a value for a column: converted to the stored type, cast to a native enum type where
     * the dialect has one; {@code null} binds a NULL of the stored type.
     */
    static String valueFor(@Nullable Object value, ColumnMetadata column, SqlWriter out) {
        return value == null ? out.parameter(null, column.storedType()) : parameter(value, column, out);
    }

    /** Renders an expression; a value is converted as the {@code context} column's values are. */
    static void render(Expression<?> expression, SqlWriter out, @Nullable ColumnMetadata context) {
        if (expression instanceof Column<?, ?> column) {
            SqlWriter.Scope scope = out.scopeOf(column.entity());
            out.column(scope, column.resolve(scope.metadata()).name());
        } else if (expression instanceof Value<?> value) {
            out.append(parameter(value.value(), context, out));
        } else if (expression instanceof Parameter<?> parameter) {
            out.append(slot(parameter, context, out));
        } else if (expression instanceof Comparison comparison) {
            render(comparison.left(), out, columnOf(comparison.right(), out));
            out.append(' ').append(operator(comparison)).append(' ');
            render(comparison.right(), out, columnOf(comparison.left(), out));
        } else if (expression instanceof Junction junction) {
            junction(junction, out);
        } else if (expression instanceof Negation negation) {
            out.append("NOT (");
            render(negation.condition(), out);
            out.append(')');
        } else if (expression instanceof NullTest test) {
            render(test.operand(), out);
            out.append(test.negated() ? " IS NOT NULL" : " IS NULL");
        } else if (expression instanceof Between between) {
            ColumnMetadata column = columnOf(between.operand(), out);
            render(between.operand(), out);
            out.append(" BETWEEN ");
            render(between.low(), out, column);
            out.append(" AND ");
            render(between.high(), out, column);
        } else if (expression instanceof InList in) {
            inList(in, out);
        } else if (expression instanceof Like like) {
            like(like, out);
        } else if (expression instanceof Arithmetic<?> arithmetic) {
            out.append('(');
            render(arithmetic.left(), out, columnOf(arithmetic.right(), out));
            out.append(' ').append(arithmetic.operator().symbol()).append(' ');
            render(arithmetic.right(), out, columnOf(arithmetic.left(), out));
            out.append(')');
        } else if (expression instanceof Aliased<?> aliased) {
            render(aliased.expression(), out, context);
        } else if (expression instanceof InSubquery in) {
            render(in.operand(), out);
            out.append(in.negated() ? " NOT IN " : " IN ");
            ProjectionRenderer.subquery(in.subquery(), out);
        } else {
            QueryExpressions.render(expression, out, context);
        }
    }

    static void orderBy(List<SortKey> keys, SqlWriter out) {
        for (int i = 0; i < keys.size(); i++) {
            SortKey key = keys.get(i);
            out.append(i == 0 ? " ORDER BY " : ", ");
            render(key.expression(), out);
            out.append(key.direction() == SortKey.Direction.DESC ? " DESC" : " ASC");
            if (key.nulls() != SortKey.Nulls.DEFAULT) {
                out.append(key.nulls() == SortKey.Nulls.FIRST ? " NULLS FIRST" : " NULLS LAST");
            }
        }
    }

    private static String operator(Comparison comparison) {
        return switch (comparison.operator()) {
            case EQ -> "=";
            case NE -> "<>";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
        };
    }

    private static void junction(Junction junction, SqlWriter out) {
        String separator = junction.kind() == Junction.Kind.AND ? " AND " : " OR ";
        for (int i = 0; i < junction.conditions().size(); i++) {
            out.append(i == 0 ? "(" : separator);
            render(junction.conditions().get(i), out);
        }
        out.append(')');
    }

    private static void inList(InList in, SqlWriter out) {
        ColumnMetadata column = columnOf(in.operand(), out);
        in(out, writer -> render(in.operand(), writer), in.values(), column, in.negated());
    }

    /**
     * {@code operand IN (values)}: {@code = ANY(:p)} with one array of the column's stored type where the
     * dialect supports it (the text is the same for any number of values) and no value is null (r2dbc-h2 cannot
     * bind an array holding one), else one parameter per value;
     * an empty list is {@code 1 = 0} ({@code 1 = 1} negated).
     *
     * @param operand writes the tested expression
     * @param column the column the values belong to (their conversion and array type), if known
     */
    static void in(SqlWriter out, java.util.function.Consumer<SqlWriter> operand, List<?> values,
                   @Nullable ColumnMetadata column, boolean negated) {
        if (values.isEmpty()) {
            out.append(negated ? "1 = 1" : "1 = 0");
            return;
        }
        if (out.dialect().inListStyle() == InListStyle.ANY_ARRAY && column != null && column.nativeEnumType() == null
                && !column.storedType().isArray() && values.stream().noneMatch(java.util.Objects::isNull)) {
            Object array = Array.newInstance(column.storedType(), values.size());
            ColumnCodec codec = ColumnCodec.of(column);
            for (int i = 0; i < values.size(); i++) {
                Array.set(array, i, codec.toStored(values.get(i)));
            }
            out.append(negated ? "NOT (" : "");
            operand.accept(out);
            out.append(" = ANY(").append(out.parameter(array, array.getClass())).append(negated ? "))" : ")");
            return;
        }
        operand.accept(out);
        out.append(negated ? " NOT IN (" : " IN (");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(parameter(values.get(i), column, out));
        }
        out.append(')');
    }

    /** PostgreSQL and H2 both have ILIKE; both take an ESCAPE clause. */
    private static void like(Like like, SqlWriter out) {
        render(like.operand(), out);
        out.append(like.negated() ? " NOT" : "").append(like.ignoreCase() ? " ILIKE " : " LIKE ")
                .append(out.parameter(like.pattern(), String.class)).append(" ESCAPE '\\'");
    }

    /** The column an expression is, when it is one: what a value compared with it is converted by. */
    static @Nullable ColumnMetadata columnOf(Expression<?> expression, SqlWriter out) {
        if (expression instanceof Column<?, ?> column) {
            return column.resolve(out.scopeOf(column.entity()).metadata());
        }
        return null;
    }

    /** A named parameter's marker: converted and cast at run time as a value for {@code column} would be. */
    private static String slot(Parameter<?> parameter, @Nullable ColumnMetadata column, SqlWriter out) {
        if (column == null) {
            return out.slot(parameter.name(), parameter.type(), null);
        }
        ColumnCodec codec = ColumnCodec.of(column);
        return castForColumn(out.slot(parameter.name(), column.storedType(), codec.isIdentity() ? null : codec), column,
                out);
    }

    static String parameter(Object value, @Nullable ColumnMetadata column, SqlWriter out) {
        if (column == null) {
            return out.parameter(value, value.getClass());
        }
        return castForColumn(out.parameter(ColumnCodec.of(column).toStored(value), column.storedType()), column, out);
    }

    /**
     * The marker of a parameter for a column's value, bound later (entity writes render a statement once per
     * shape): cast to a native enum type where the dialect has one, whether the value turns out NULL or not.
     */
    static String markerFor(ColumnMetadata column, SqlWriter out) {
        return castForColumn(out.parameter(null, column.storedType()), column, out);
    }

    private static String castForColumn(String marker, ColumnMetadata column, SqlWriter out) {
        if (column.nativeEnumType() != null && out.dialect().supportsEnumTypes()) {
            return "CAST(" + marker + " AS " + new TableName(null, column.nativeEnumType()).render(out.dialect()) + ')';
        }
        return marker;
    }
}
