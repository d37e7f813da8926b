package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.model.Aliased;
import dev.quicksilver.mapping.model.Arithmetic;
import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.model.Value;
import dev.quicksilver.query.Aggregate;
import dev.quicksilver.query.Case;
import dev.quicksilver.query.Cast;
import dev.quicksilver.query.DatePart;
import dev.quicksilver.query.FunctionCall;
import dev.quicksilver.query.Over;
import dev.quicksilver.query.RawExpression;
import dev.quicksilver.query.ScalarSubquery;
import dev.quicksilver.query.TableColumn;

/**
 * The Java type an expression's value is read as: declared by functions and columns, the left
 * operand's for arithmetic, the argument's for SUM/MIN/MAX/COALESCE; {@code Object} when unknown
 * (the driver's type is kept).
 */
final class ExpressionTypes {

    private ExpressionTypes() {
    }

    static Class<?> javaType(Expression<?> expression) {
        if (expression instanceof Column<?, ?> column) {
            return column.javaType();
        } else if (expression instanceof Value<?> value) {
            return value.value().getClass();
        } else if (expression instanceof Condition) {
            return Boolean.class;
        } else if (expression instanceof Aliased<?> aliased) {
            return javaType(aliased.expression());
        } else if (expression instanceof Arithmetic<?> arithmetic) {
            Class<?> left = javaType(arithmetic.left());
            return left == Object.class ? javaType(arithmetic.right()) : left;
        } else if (expression instanceof Aggregate<?> aggregate) {
            return aggregate.type() != null ? aggregate.type()
                    : aggregate.argument() == null ? Object.class : javaType(aggregate.argument());
        } else if (expression instanceof Over<?> over) {
            return javaType(over.function());
        } else if (expression instanceof FunctionCall<?> call) {
            return call.type() != null ? call.type()
                    : call.arguments().isEmpty() ? Object.class : javaType(call.arguments().get(0));
        } else if (expression instanceof Case<?> caseExpression) {
            return caseExpression.type();
        } else if (expression instanceof Cast<?> cast) {
            return cast.type();
        } else if (expression instanceof DatePart) {
            return Integer.class;
        } else if (expression instanceof RawExpression<?> raw) {
            return raw.type();
        } else if (expression instanceof ScalarSubquery<?> scalar) {
            return scalar.query().selection().size() == 1 ? javaType(scalar.query().selection().get(0)) : Object.class;
        } else if (expression instanceof TableColumn<?> column) {
            return column.source() != null ? javaType(column.source()) : column.type();
        }
        return Object.class;
    }
}
