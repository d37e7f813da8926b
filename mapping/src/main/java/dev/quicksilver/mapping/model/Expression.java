package dev.quicksilver.mapping.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A typed value in a statement: a column, a bound value, or (in the query module) a function,
 * arithmetic or subquery. Comparisons take values of the same type only, so a wrong-typed comparison
 * does not compile ({@code TRACK.NAME.eq(42)} with {@code NAME} a {@code Column<Track, String>}).
 *
 * <p>Every value passed in becomes a bound parameter; none is ever spliced into SQL text. Pass no
 * {@code null}: use {@link #isNull()} and {@link #isNotNull()}, which say what SQL means by them.
 *
 * @param <T> the Java type of the value
 */
public interface Expression<T> {

    /**
     * A bound value.
     *
     * @param value the value
     * @param <T> its type
     * @return the expression
     */
    static <T> Expression<T> value(T value) {
        return new Value<>(Objects.requireNonNull(value, "value: a bound value cannot be null; use isNull()/isNotNull()"));
    }

    /**
     * A named parameter whose value is given when the statement runs ({@code query.bind(name, value)}):
     * the statement is rendered once and serves every value.
     *
     * @param name the parameter's name
     * @param type the value's type
     * @param <T> the value's type
     * @return the parameter
     */
    static <T> Parameter<T> param(String name, Class<T> type) {
        return new Parameter<>(name, type);
    }

    /** {@code this = value}. */
    default Condition eq(T value) {
        return compare(ComparisonOperator.EQ, value);
    }

    /** {@code this = other}. */
    default Condition eq(Expression<? extends T> other) {
        return compare(ComparisonOperator.EQ, other);
    }

    /** {@code this <> value}. */
    default Condition ne(T value) {
        return compare(ComparisonOperator.NE, value);
    }

    /** {@code this <> other}. */
    default Condition ne(Expression<? extends T> other) {
        return compare(ComparisonOperator.NE, other);
    }

    /** {@code this < value}. */
    default Condition lt(T value) {
        return compare(ComparisonOperator.LT, value);
    }

    /** {@code this < other}. */
    default Condition lt(Expression<? extends T> other) {
        return compare(ComparisonOperator.LT, other);
    }

    /** {@code this <= value}. */
    default Condition le(T value) {
        return compare(ComparisonOperator.LE, value);
    }

    /** {@code this <= other}. */
    default Condition le(Expression<? extends T> other) {
        return compare(ComparisonOperator.LE, other);
    }

    /** {@code this > value}. */
    default Condition gt(T value) {
        return compare(ComparisonOperator.GT, value);
    }

    /** {@code this > other}. */
    default Condition gt(Expression<? extends T> other) {
        return compare(ComparisonOperator.GT, other);
    }

    /** {@code this >= value}. */
    default Condition ge(T value) {
        return compare(ComparisonOperator.GE, value);
    }

    /** {@code this >= other}. */
    default Condition ge(Expression<? extends T> other) {
        return compare(ComparisonOperator.GE, other);
    }

    /** {@code this BETWEEN low AND high} (both ends included). */
    default Condition between(T low, T high) {
        return new Between(this, value(low), value(high));
    }

    /**
     * {@code this IN (values)}; an empty collection matches nothing.
     *
     * @param values the values; none may be {@code null}
     * @return the condition
     */
    default Condition in(Collection<? extends T> values) {
        return new InList(this, copyValues(values), false);
    }

    /** {@code this NOT IN (values)}; an empty collection matches everything. */
    default Condition notIn(Collection<? extends T> values) {
        return new InList(this, copyValues(values), true);
    }

    /** {@code this IS NULL}. */
    default Condition isNull() {
        return new NullTest(this, false);
    }

    /** {@code this IS NOT NULL}. */
    default Condition isNotNull() {
        return new NullTest(this, true);
    }

    /**
     * {@code this LIKE pattern}: {@code %} and {@code _} in the pattern are wildcards, {@code \} escapes
     * them. For text from users, prefer {@link #contains}, {@link #startsWith} or {@link #endsWith}.
     */
    default Condition like(String pattern) {
        return new Like(this, Objects.requireNonNull(pattern, "pattern"), false, false);
    }

    /** {@code this NOT LIKE pattern}. */
    default Condition notLike(String pattern) {
        return new Like(this, Objects.requireNonNull(pattern, "pattern"), false, true);
    }

    /** {@code this LIKE pattern}, ignoring case. */
    default Condition likeIgnoreCase(String pattern) {
        return new Like(this, Objects.requireNonNull(pattern, "pattern"), true, false);
    }

    /** Whether the text contains {@code text}, matched literally (wildcards in it are escaped). */
    default Condition contains(String text) {
        return new Like(this, '%' + Like.escape(Objects.requireNonNull(text, "text")) + '%', false, false);
    }

    /** Whether the text contains {@code text}, matched literally and ignoring case. */
    default Condition containsIgnoreCase(String text) {
        return new Like(this, '%' + Like.escape(Objects.requireNonNull(text, "text")) + '%', true, false);
    }

    /** Whether the text starts with {@code prefix}, matched literally. */
    default Condition startsWith(String prefix) {
        return new Like(this, Like.escape(Objects.requireNonNull(prefix, "prefix")) + '%', false, false);
    }

    /** Whether the text ends with {@code suffix}, matched literally. */
    default Condition endsWith(String suffix) {
        return new Like(this, '%' + Like.escape(Objects.requireNonNull(suffix, "suffix")), false, false);
    }

    /**
     * {@code this IN (SELECT …)}: the subquery selects one column of this expression's type.
     *
     * @param subquery the query
     * @return the condition
     */
    default Condition in(Subquery<? extends T> subquery) {
        return new InSubquery(this, Objects.requireNonNull(subquery, "subquery"), false);
    }

    /** {@code this NOT IN (SELECT …)} (no row matches when the subquery yields a NULL, as SQL says). */
    default Condition notIn(Subquery<? extends T> subquery) {
        return new InSubquery(this, Objects.requireNonNull(subquery, "subquery"), true);
    }

    /** {@code this + value}. */
    default Expression<T> plus(T value) {
        return new Arithmetic<>(this, Arithmetic.Operator.PLUS, value(value));
    }

    /** {@code this + other}. */
    default Expression<T> plus(Expression<? extends T> other) {
        return new Arithmetic<>(this, Arithmetic.Operator.PLUS, other);
    }

    /** {@code this - value}. */
    default Expression<T> minus(T value) {
        return new Arithmetic<>(this, Arithmetic.Operator.MINUS, value(value));
    }

    /** {@code this - other}. */
    default Expression<T> minus(Expression<? extends T> other) {
        return new Arithmetic<>(this, Arithmetic.Operator.MINUS, other);
    }

    /** {@code this * value}. */
    default Expression<T> times(T value) {
        return new Arithmetic<>(this, Arithmetic.Operator.TIMES, value(value));
    }

    /** {@code this * other}. */
    default Expression<T> times(Expression<? extends T> other) {
        return new Arithmetic<>(this, Arithmetic.Operator.TIMES, other);
    }

    /** {@code this / value} (integer division truncates). */
    default Expression<T> dividedBy(T value) {
        return new Arithmetic<>(this, Arithmetic.Operator.DIVIDED_BY, value(value));
    }

    /** {@code this / other} (integer division truncates). */
    default Expression<T> dividedBy(Expression<? extends T> other) {
        return new Arithmetic<>(this, Arithmetic.Operator.DIVIDED_BY, other);
    }

    /**
     * This expression under a name, in a select list: the column name of a derived or common table.
     *
     * @param alias a plain SQL identifier
     * @return the named expression
     */
    default Expression<T> as(String alias) {
        return new Aliased<>(this instanceof Aliased<T> aliased ? aliased.expression() : this, alias);
    }

    /** Ascending order by this expression (the database's default null placement). */
    default SortKey asc() {
        return new SortKey(this, SortKey.Direction.ASC, SortKey.Nulls.DEFAULT);
    }

    /** Descending order by this expression (the database's default null placement). */
    default SortKey desc() {
        return new SortKey(this, SortKey.Direction.DESC, SortKey.Nulls.DEFAULT);
    }

    private Condition compare(ComparisonOperator operator, T value) {
        return new Comparison(this, operator, value(value));
    }

    private Condition compare(ComparisonOperator operator, Expression<? extends T> other) {
        return new Comparison(this, operator, Objects.requireNonNull(other,
                "other: compare with an expression or a value; for SQL NULL use isNull()/isNotNull()"));
    }

    private static List<Object> copyValues(Collection<?> values) {
        for (Object value : values) {
            Objects.requireNonNull(value, "values: IN lists cannot hold null (x IN (NULL) is never true); "
                    + "combine with isNull() instead");
        }
        return List.copyOf(values);
    }
}
