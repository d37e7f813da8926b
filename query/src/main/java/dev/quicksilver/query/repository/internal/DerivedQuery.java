package dev.quicksilver.query.repository.internal;

import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.query.EntityQuery;
import dev.quicksilver.query.Functions;
import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.SelectQuery;
import dev.quicksilver.query.repository.internal.MethodName.Part;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The plan of one derived method, made once when the repository is created: the parsed name, a typed
 * column per part and sort key, and how the result is returned. Per call it only builds the condition
 * from the arguments; the query module finds the statement by its shape. Immutable.
 */
final class DerivedQuery<E> implements MethodPlan {

    private final Quicksilver quicksilver;
    private final EntityModel<E> entity;
    private final MethodName name;
    private final List<Column<E, Object>> partColumns;
    private final List<SortKey> order;
    private final Result result;
    private final @Nullable Class<? extends Record> projection;
    private final List<Expression<?>> projectionColumns;
    private final String methodLabel;

    DerivedQuery(Quicksilver quicksilver, EntityModel<E> entity, MethodName name, Result result,
            @Nullable Class<? extends Record> projection, List<String> projectionProperties, String methodLabel) {
        this.quicksilver = quicksilver;
        this.entity = entity;
        this.name = name;
        this.result = result;
        this.projection = projection;
        this.methodLabel = methodLabel;
        this.partColumns = name.parts().stream().map(part -> entity.column(part.property())).toList();
        this.order = name.order().stream().map(sort -> {
            Column<E, Object> column = entity.column(sort.property());
            return sort.descending() ? column.desc() : column.asc();
        }).toList();
        this.projectionColumns = projectionProperties.stream().<Expression<?>>map(entity::column).toList();
    }

    /** How the method hands back its result. */
    enum Result {
        FLUX, MONO_ONE, MONO_FIRST, COUNT, EXISTS, DELETED_ROWS, DELETED_VOID
    }

    @Override
    public Object invoke(@Nullable Object[] arguments) {
        return switch (result) {
            case FLUX -> Flux.defer(() -> fetch(arguments));
            case MONO_ONE -> Mono.defer(() -> projection == null ? query(arguments).one() : projected(arguments).one());
            case MONO_FIRST -> Mono.defer(() -> projection == null ? query(arguments).first()
                    : projected(arguments).first());
            case COUNT -> Mono.defer(() -> query(arguments).count());
            case EXISTS -> Mono.defer(() -> query(arguments).exists());
            case DELETED_ROWS -> Mono.defer(() -> quicksilver.delete(entity).where(condition(arguments)).execute());
            case DELETED_VOID -> Mono.defer(() -> quicksilver.delete(entity).where(condition(arguments)).execute())
                    .then();
        };
    }

    private Flux<?> fetch(@Nullable Object[] arguments) {
        return projection == null ? query(arguments).fetch() : projected(arguments).fetch();
    }

    private EntityQuery<E> query(@Nullable Object[] arguments) {
        EntityQuery<E> query = quicksilver.select(entity);
        if (!name.alternatives().isEmpty()) {
            query = query.where(condition(arguments));
        }
        List<SortKey> sort = order(arguments);
        if (!sort.isEmpty()) {
            query = query.orderBy(sort);
        }
        Integer limit = name.limit();
        return limit == null ? query : query.limit(limit);
    }

    private SelectQuery<? extends Record> projected(@Nullable Object[] arguments) {
        SelectQuery<?> query = quicksilver.select(projectionColumns.toArray(Expression<?>[]::new)).from(entity);
        if (name.distinct()) {
            query = query.distinct();
        }
        if (!name.alternatives().isEmpty()) {
            query = query.where(condition(arguments));
        }
        List<SortKey> sort = order(arguments);
        if (!sort.isEmpty()) {
            query = query.orderBy(sort.toArray(SortKey[]::new));
        }
        Integer limit = name.limit();
        if (limit != null) {
            query = query.limit(limit);
        }
        return query.into(java.util.Objects.requireNonNull(projection));
    }

    /** The name's order, then the call's {@code SortKey...} when the method has one. */
    private List<SortKey> order(@Nullable Object[] arguments) {
        if (!name.sortParameter()) {
            return order;
        }
        SortKey[] given = (SortKey[]) arguments[arguments.length - 1];
        if (given == null || given.length == 0) {
            return order;
        }
        List<SortKey> sort = new ArrayList<>(order);
        for (SortKey key : given) {
            sort.add(java.util.Objects.requireNonNull(key, () -> methodLabel + ": a SortKey argument is null"));
        }
        return sort;
    }

    private Condition condition(@Nullable Object[] arguments) {
        List<Condition> branches = new ArrayList<>();
        int argument = 0;
        int partIndex = 0;
        for (List<Part> alternative : name.alternatives()) {
            List<Condition> parts = new ArrayList<>();
            for (Part part : alternative) {
                Column<E, Object> column = partColumns.get(partIndex);
                parts.add(part.ignoreCase()
                        ? conditionIgnoringCase(part, column, arguments, argument)
                        : condition(part, column, arguments, argument));
                partIndex++;
                argument += part.operator().arguments();
            }
            branches.add(Condition.allOf(parts));
        }
        return Condition.anyOf(branches);
    }

    @SuppressWarnings("unchecked")
    private Condition condition(Part part, Column<E, Object> column, @Nullable Object[] arguments, int index) {
        Object value = part.operator().arguments() > 0 ? arguments[index] : null;
        if (value == null && part.operator() == Operator.EQUAL) {
            return column.isNull();
        }
        if (value == null && part.operator() == Operator.NOT_EQUAL) {
            return column.isNotNull();
        }
        return switch (part.operator()) {
            case EQUAL -> column.eq(value(value, index));
            case NOT_EQUAL -> column.ne(value(value, index));
            case LESS_THAN -> column.lt(value(value, index));
            case LESS_THAN_EQUAL -> column.le(value(value, index));
            case GREATER_THAN -> column.gt(value(value, index));
            case GREATER_THAN_EQUAL -> column.ge(value(value, index));
            case BETWEEN -> column.between(value(value, index), value(arguments[index + 1], index + 1));
            case IN, NOT_IN -> inList(column, (Collection<Object>) value(value, index), part.operator() == Operator.IN);
            case LIKE -> column.like(text(value, index));
            case NOT_LIKE -> column.notLike(text(value, index));
            case STARTING_WITH -> column.startsWith(text(value, index));
            case ENDING_WITH -> column.endsWith(text(value, index));
            case CONTAINING -> column.contains(text(value, index));
            case NOT_CONTAINING -> column.contains(text(value, index)).not();
            case IS_NULL -> column.isNull();
            case IS_NOT_NULL -> column.isNotNull();
            case TRUE -> column.eq(Boolean.TRUE);
            case FALSE -> column.eq(Boolean.FALSE);
        };
    }

    /** The comparison on lower-cased text: LOWER(column) against the argument lower-cased (Locale.ROOT). */
    @SuppressWarnings("unchecked")
    private Condition conditionIgnoringCase(Part part, Column<E, Object> column, @Nullable Object[] arguments,
                                            int index) {
        Object value = arguments[index];
        if (value == null && (part.operator() == Operator.EQUAL || part.operator() == Operator.NOT_EQUAL)) {
            return condition(part, column, arguments, index);
        }
        Expression<String> lowered = Functions.lower((Expression<String>) (Expression<?>) column);
        String text = text(value, index).toLowerCase(Locale.ROOT);
        return switch (part.operator()) {
            case EQUAL -> lowered.eq(text);
            case NOT_EQUAL -> lowered.ne(text);
            case LIKE -> lowered.like(text);
            case NOT_LIKE -> lowered.notLike(text);
            case STARTING_WITH -> lowered.startsWith(text);
            case ENDING_WITH -> lowered.endsWith(text);
            case CONTAINING -> lowered.contains(text);
            case NOT_CONTAINING -> lowered.contains(text).not();
            default -> throw new IllegalStateException("IgnoreCase on " + part.operator());
        };
    }

    private static Condition inList(Column<?, Object> column, Collection<Object> values, boolean in) {
        if (values.isEmpty()) {
            // x IN () is never true and x NOT IN () always is; neither is valid SQL, so say it another way.
            Condition never = column.isNull().and(column.isNotNull());
            return in ? never : never.not();
        }
        return in ? column.in(values) : column.notIn(values);
    }

    private Object value(@Nullable Object value, int index) {
        if (value == null) {
            throw new IllegalArgumentException(methodLabel + ": parameter " + (index + 1)
                    + " is null; only an equality (findByX) compares with null, as IS NULL");
        }
        return value;
    }

    private String text(@Nullable Object value, int index) {
        return (String) value(value, index);
    }
}
