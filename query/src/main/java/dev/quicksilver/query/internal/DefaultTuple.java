package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.model.Aliased;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.query.Tuple;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row of a projection query: the selection (shared by the result's rows) and this row's values. */
final class DefaultTuple implements Tuple {

    private final List<Expression<?>> selection;
    private final @Nullable Object[] values;

    DefaultTuple(List<Expression<?>> selection, @Nullable Object[] values) {
        this.selection = selection;
        this.values = values;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public @Nullable Object get(int index) {
        return values[index];
    }

    @Override
    public <T> @Nullable T get(int index, Class<T> type) {
        return type.cast(values[index]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T get(Expression<T> expression) {
        for (int i = 0; i < selection.size(); i++) {
            Expression<?> item = selection.get(i);
            if (item.equals(expression) || item instanceof Aliased<?> aliased && aliased.expression().equals(expression)) {
                return (T) values[i];
            }
        }
        throw new IllegalArgumentException("The query did not select " + expression + "; it selects " + selection);
    }

    @Override
    public List<@Nullable Object> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DefaultTuple tuple && Arrays.equals(values, tuple.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Tuple" + Arrays.toString(values);
    }
}
