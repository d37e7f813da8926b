package dev.quicksilver.query.internal;

import dev.quicksilver.core.ResultRow;
import dev.quicksilver.core.ResultShape;
import dev.quicksilver.core.RowMapper;
import dev.quicksilver.core.RowMapperFactory;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.metadata.ColumnCodec;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.model.Aliased;
import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.query.Tuple;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of a projection query as tuples, single values or records/classes. What each
 * selected item is read as (a column's stored type and codec, else the driver's value converted to the
 * expression's Java type) is resolved when the query runs; the shape check and the constructor's
 * parameter conversions once per result shape; each row is read by index.
 */
final class ProjectionRows<R> implements RowMapperFactory<R> {

    /** What a row becomes. */
    sealed interface Shape<R> permits Tuples, Single, Into {
    }

    /** A {@link Tuple} per row. */
    record Tuples() implements Shape<Tuple> {
    }

    /** The single column's value per row. */
    record Single<R>() implements Shape<R> {
    }

    /** An instance of a record or class per row. */
    record Into<R>(Class<R> type) implements Shape<R> {
    }

    static Shape<Tuple> tuples() {
        return new Tuples();
    }

    static <R> Shape<R> single() {
        return new Single<>();
    }

    static <R> Shape<R> into(Class<R> type) {
        return new Into<>(type);
    }

    /** Reads one selected item from a row. */
    private interface ItemReader {
        @Nullable Object read(ResultRow row, int index);
    }

    private final Shape<R> shape;
    private final List<Expression<?>> selection;
    private final ItemReader[] readers;
    private final @Nullable Constructor<R> constructor;

    private ProjectionRows(Shape<R> shape, List<Expression<?>> selection, ItemReader[] readers,
                           @Nullable Constructor<R> constructor) {
        this.shape = shape;
        this.selection = selection;
        this.readers = readers;
        this.constructor = constructor;
    }

    static <R> ProjectionRows<R> factory(Shape<R> shape, List<Expression<?>> selection, MappingContext mapping) {
        ItemReader[] readers = new ItemReader[selection.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = reader(selection.get(i), mapping);
        }
        Constructor<R> constructor = shape instanceof Into<R> into ? constructor(into.type(), selection.size()) : null;
        if (shape instanceof Single<R> && selection.size() != 1) {
            throw new IllegalStateException("A single-value query selects " + selection.size() + " columns");
        }
        return new ProjectionRows<>(shape, selection, readers, constructor);
    }

    private static ItemReader reader(Expression<?> item, MappingContext mapping) {
        Expression<?> expression = item instanceof Aliased<?> aliased ? aliased.expression() : item;
        if (expression instanceof Column<?, ?> column) {
            ColumnMetadata metadata = column.resolve(mapping.entity(column.entity().type()));
            Class<?> stored = metadata.storedType();
            ColumnCodec codec = ColumnCodec.of(metadata);
            if (codec.isIdentity()) {
                return (row, index) -> row.get(index, stored);
            }
            return (row, index) -> {
                Object value = row.get(index, stored);
                return value == null ? null : codec.fromStored(value);
            };
        }
        Class<?> type = ExpressionTypes.javaType(expression);
        return (row, index) -> Conversions.convert(row.get(index), type, index);
    }

    private static <R> Constructor<R> constructor(Class<R> type, int width) {
        try {
            Constructor<R> constructor;
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
            } else {
                List<Constructor<?>> candidates = Arrays.stream(type.getDeclaredConstructors())
                        .filter(candidate -> candidate.getParameterCount() == width).toList();
                if (candidates.size() != 1) {
                    throw new IllegalArgumentException(type.getName() + " has " + candidates.size() + " constructors of "
                            + width + " parameters; into(…) needs exactly one, taking the selected columns in order");
                }
                @SuppressWarnings("unchecked")
                Constructor<R> only = (Constructor<R>) candidates.get(0);
                constructor = only;
            }
            if (constructor.getParameterCount() != width) {
                throw new IllegalArgumentException(type.getName() + " has " + constructor.getParameterCount()
                        + " components but the query selects " + width + " columns: select one column per component,"
                        + " in order");
            }
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no canonical constructor", e);
        }
    }

    @Override
    public RowMapper<R> forShape(ResultShape result) {
        if (result.size() != readers.length) {
            throw new IllegalStateException("The query selects " + readers.length + " columns but its rows have "
                    + result.size());
        }
        if (shape instanceof Tuples) {
            @SuppressWarnings("unchecked")
            RowMapper<R> tuples = (RowMapper<R>) (RowMapper<Tuple>) row -> new DefaultTuple(selection, readAll(row));
            return tuples;
        }
        if (shape instanceof Single<R>) {
            ItemReader reader = readers[0];
            @SuppressWarnings("unchecked")
            RowMapper<R> single = row -> (R) reader.read(row, 0);
            return single;
        }
        Constructor<R> target = java.util.Objects.requireNonNull(constructor, "constructor");
        Class<?>[] parameters = target.getParameterTypes();
        return row -> {
            @Nullable Object[] values = readAll(row);
            for (int i = 0; i < values.length; i++) {
                values[i] = Conversions.toParameter(values[i], parameters[i], i, target);
            }
            try {
                return target.newInstance(values);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(target.getDeclaringClass().getName() + "'s constructor failed on a row: "
                        + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot call " + target, e);
            }
        };
    }

    private @Nullable Object[] readAll(ResultRow row) {
        @Nullable Object[] values = new Object[readers.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = readers[i].read(row, i);
        }
        return values;
    }
}
