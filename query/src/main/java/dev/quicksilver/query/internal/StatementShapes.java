package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.model.Aliased;
import dev.quicksilver.mapping.model.Arithmetic;
import dev.quicksilver.mapping.model.Between;
import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.Comparison;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.model.Junction;
import dev.quicksilver.mapping.model.Negation;
import dev.quicksilver.mapping.model.NullTest;
import dev.quicksilver.mapping.model.Parameter;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.mapping.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The rendered SQL of entity queries, cached per statement shape: the query with its values taken out.
 * A query built anew for every request ({@code select(TRACK).where(TRACK_ID.eq(id))}) finds the statement
 * rendered for an earlier one of the same shape, and only its values are collected and bound.
 *
 * <p>A spec's shape is the list of what its rendering depends on (node kinds, columns, operators,
 * parameters, the classes of its values, the limit, the lock, the joins), collected by one walk of its
 * condition and order. On a miss the spec is rendered once with each value replaced by a named parameter
 * ({@code qsValue1}, {@code qsValue2}, … in walk order), so the statement converts the values at binding as
 * the renderer would have (the column's codec, a native enum's cast); later specs of the shape bind their
 * own values to those names. Specs with a node outside the walked kinds (IN lists, whose text varies with
 * the list on some dialects; LIKE; subqueries and functions), an offset, a NULL value or keyset paging are
 * rendered every time, as before. Thread-safe; bounded (cleared when full).
 */
final class StatementShapes {

    /** The prefix of the parameters that stand for values; users' parameters with it are not cached. */
    static final String VALUE_PREFIX = "qsValue";
    private static final int LIMIT = 1024;

    /** A statement and the values its value parameters take for one spec. */
    record Bound(RenderedSql sql, Map<String, Object> values) {
    }

    private record Key(String kind, List<Object> tokens) {
    }

    private final Map<Key, RenderedSql> cache = new ConcurrentHashMap<>();

    /**
     * The statement of a spec, from the cache when a spec of the same shape and kind was rendered before.
     *
     * @param kind what is rendered from the spec ("select", "count", …): part of the key
     * @param renderer renders a spec (the parameterised one on a miss)
     */
    <E> Bound render(SelectSpec<E> spec, String kind, Function<SelectSpec<E>, RenderedSql> renderer) {
        Walk walk = new Walk(false);
        if (!walk.spec(spec)) {
            return new Bound(renderer.apply(spec), Map.of());
        }
        Key key = new Key(kind, walk.tokens);
        RenderedSql sql = cache.get(key);
        if (sql == null) {
            Walk rebuild = new Walk(true);
            sql = renderer.apply(rebuild.parameterised(spec));
            if (cache.size() >= LIMIT) {
                cache.clear();
            }
            cache.put(key, sql);
        }
        return new Bound(sql, walk.values());
    }

    /** Shapes cached now (for tests). */
    int size() {
        return cache.size();
    }

    /**
     * One walk of a spec: its shape tokens and values in order, or (rebuilding) a copy with each value
     * replaced by its parameter. Both modes visit values in the same order. Not thread-safe; one per walk.
     */
    private static final class Walk {

        private static final Object VALUE = new Object() {
            @Override
            public String toString() {
                return "value";
            }
        };

        private final boolean rebuild;
        private final List<Object> tokens = new ArrayList<>(16);
        private final List<Object> values = new ArrayList<>(4);

        Walk(boolean rebuild) {
            this.rebuild = rebuild;
        }

        /** Walks a spec; false when it is not cacheable. */
        boolean spec(SelectSpec<?> spec) {
            if (spec.offset() != null || spec.after() != null) {
                return false;
            }
            tokens.add(spec.root());
            tokens.add(spec.joins());
            tokens.add(spec.limit() == null ? VALUE : spec.limit());
            tokens.add(spec.lock() == null ? VALUE : spec.lock());
            Condition where = spec.where();
            if (where != null && expression(where) == null) {
                return false;
            }
            for (SortKey key : spec.order()) {
                tokens.add(key.direction());
                tokens.add(key.nulls());
                if (expression(key.expression()) == null) {
                    return false;
                }
            }
            return true;
        }

        <E> SelectSpec<E> parameterised(SelectSpec<E> spec) {
            Condition where = spec.where() == null ? null : (Condition) expression(spec.where());
            List<SortKey> order = new ArrayList<>(spec.order().size());
            for (SortKey key : spec.order()) {
                order.add(new SortKey(expression(key.expression()), key.direction(), key.nulls()));
            }
            return new SelectSpec<>(spec.root(), spec.metadata(), where, order, spec.limit(), spec.offset(),
                    spec.lock(), spec.loads(), spec.window(), spec.joins(), spec.after());
        }

        Map<String, Object> values() {
            Map<String, Object> named = new HashMap<>(values.size() * 2);
            for (int i = 0; i < values.size(); i++) {
                named.put(VALUE_PREFIX + (i + 1), values.get(i));
            }
            return named;
        }

        /**
         * Walks an expression: the same expression when collecting (a rebuilt one when rebuilding), or
         * {@code null} when its shape is not cacheable.
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private @Nullable Expression<?> expression(Expression<?> expression) {
            tokens.add(expression.getClass());
            if (expression instanceof Column<?, ?>) {
                tokens.add(expression);
                return expression;
            }
            if (expression instanceof Value<?> value) {
                Object content = value.value();
                if (content == null) {
                    return null;
                }
                values.add(content);
                tokens.add(VALUE);
                tokens.add(content.getClass());
                return rebuild ? new Parameter(VALUE_PREFIX + values.size(), content.getClass()) : expression;
            }
            if (expression instanceof Parameter<?> parameter) {
                tokens.add(parameter);
                return parameter.name().startsWith(VALUE_PREFIX) ? null : expression;
            }
            if (expression instanceof Comparison comparison) {
                tokens.add(comparison.operator());
                Expression<?> left = expression(comparison.left());
                Expression<?> right = left == null ? null : expression(comparison.right());
                return right == null ? null : rebuild ? new Comparison(left, comparison.operator(), right) : expression;
            }
            if (expression instanceof Junction junction) {
                tokens.add(junction.kind());
                tokens.add(junction.conditions().size());
                List<Condition> conditions = rebuild ? new ArrayList<>(junction.conditions().size()) : null;
                for (Condition condition : junction.conditions()) {
                    Expression<?> walked = expression(condition);
                    if (walked == null) {
                        return null;
                    }
                    if (conditions != null) {
                        conditions.add((Condition) walked);
                    }
                }
                return conditions == null ? expression : new Junction(junction.kind(), conditions);
            }
            if (expression instanceof Negation negation) {
                Expression<?> inner = expression(negation.condition());
                return inner == null ? null : rebuild ? new Negation((Condition) inner) : expression;
            }
            if (expression instanceof NullTest test) {
                tokens.add(test.negated());
                Expression<?> operand = expression(test.operand());
                return operand == null ? null : rebuild ? new NullTest(operand, test.negated()) : expression;
            }
            if (expression instanceof Between between) {
                Expression<?> operand = expression(between.operand());
                Expression<?> low = operand == null ? null : expression(between.low());
                Expression<?> high = low == null ? null : expression(between.high());
                return high == null ? null : rebuild ? new Between(operand, low, high) : expression;
            }
            if (expression instanceof Arithmetic<?> arithmetic) {
                tokens.add(arithmetic.operator());
                Expression<?> left = expression(arithmetic.left());
                Expression<?> right = left == null ? null : expression(arithmetic.right());
                return right == null ? null : rebuild ? new Arithmetic(left, arithmetic.operator(), right) : expression;
            }
            if (expression instanceof Aliased<?> aliased) {
                tokens.add(aliased.alias());
                Expression<?> inner = expression(aliased.expression());
                return inner == null ? null : rebuild ? new Aliased(inner, aliased.alias()) : expression;
            }
            return null;
        }
    }
}
