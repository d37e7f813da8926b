package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.model.Value;
import org.jspecify.annotations.Nullable;

/**
 * A column and what it is set to: an expression, or SQL NULL when {@code value} is {@code null}.
 *
 * @param column the column
 * @param value the expression, or {@code null} for NULL
 */
record Assignment(Column<?, ?> column, @Nullable Expression<?> value) {

    static Assignment of(Column<?, ?> column, @Nullable Object value) {
        return new Assignment(column, value == null ? null : value instanceof Expression<?> expression ? expression
                : new Value<>(value));
    }

    /** Renders {@code value} for the resolved column into the writer. */
    void renderValue(dev.quicksilver.mapping.metadata.ColumnMetadata resolved, SqlWriter out) {
        if (value == null) {
            out.append(ExpressionRenderer.valueFor(null, resolved, out));
        } else {
            ExpressionRenderer.renderFor(value, resolved, out);
        }
    }
}
