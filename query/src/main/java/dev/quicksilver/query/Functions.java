package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.Expression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Functions, aggregates, window functions, conditional expressions, casts, subqueries and the raw SQL
 * escape hatch of the expression language, to import statically:
 * {@code select(CUSTOMER.ADDRESS_COUNTRY, sum(INVOICE.TOTAL))}. Each function renders to SQL that
 * PostgreSQL and H2 both understand; every value given becomes a bound parameter. Stateless and
 * thread-safe.
 */
public final class Functions {

    private Functions() {
    }

    /** A bound value as an expression (for a select list, {@code coalesce} or a {@code CASE}). */
    public static <T> Expression<T> value(T value) {
        return Expression.value(value);
    }

    // ---- aggregates and window functions

    /** {@code COUNT(*)}: the rows (of each group). */
    public static Aggregate<Long> count() {
        return new Aggregate<>(Aggregate.Kind.COUNT, null, false, Long.class);
    }

    /** {@code COUNT(x)}: the rows where {@code x} is not NULL. */
    public static Aggregate<Long> count(Expression<?> expression) {
        return new Aggregate<>(Aggregate.Kind.COUNT, Objects.requireNonNull(expression, "expression"), false, Long.class);
    }

    /** {@code COUNT(DISTINCT x)}. */
    public static Aggregate<Long> countDistinct(Expression<?> expression) {
        return new Aggregate<>(Aggregate.Kind.COUNT, Objects.requireNonNull(expression, "expression"), true, Long.class);
    }

    /** {@code SUM(x)}, read as {@code x}'s type (NULL when there are no rows). */
    public static <T extends Number> Aggregate<T> sum(Expression<T> expression) {
        return aggregate(Aggregate.Kind.SUM, expression);
    }

    /** {@code AVG(x)} as a BigDecimal (the databases differ in the type they compute it in). */
    public static Aggregate<BigDecimal> avg(Expression<? extends Number> expression) {
        return new Aggregate<>(Aggregate.Kind.AVG, Objects.requireNonNull(expression, "expression"), false,
                BigDecimal.class);
    }

    /** {@code MIN(x)}. */
    public static <T> Aggregate<T> min(Expression<T> expression) {
        return aggregate(Aggregate.Kind.MIN, expression);
    }

    /** {@code MAX(x)}. */
    public static <T> Aggregate<T> max(Expression<T> expression) {
        return aggregate(Aggregate.Kind.MAX, expression);
    }

    /** {@code ROW_NUMBER()}: give it a window with {@link Aggregate#over}. */
    public static Aggregate<Long> rowNumber() {
        return new Aggregate<>(Aggregate.Kind.ROW_NUMBER, null, false, Long.class);
    }

    /** {@code RANK()} (ties share a rank, gaps follow): give it a window with {@link Aggregate#over}. */
    public static Aggregate<Long> rank() {
        return new Aggregate<>(Aggregate.Kind.RANK, null, false, Long.class);
    }

    /** {@code DENSE_RANK()} (ties share a rank, no gaps): give it a window with {@link Aggregate#over}. */
    public static Aggregate<Long> denseRank() {
        return new Aggregate<>(Aggregate.Kind.DENSE_RANK, null, false, Long.class);
    }

    private static <T> Aggregate<T> aggregate(Aggregate.Kind kind, Expression<T> expression) {
        return new Aggregate<>(kind, Objects.requireNonNull(expression, "expression"), false, null);
    }

    // ---- scalar functions

    /** {@code COALESCE(x, fallback)}: {@code x} unless it is NULL. */
    public static <T> Expression<T> coalesce(Expression<T> expression, T fallback) {
        return coalesce(expression, value(fallback));
    }

    /** {@code COALESCE(x, y, …)}: the first that is not NULL. */
    @SafeVarargs
    public static <T> Expression<T> coalesce(Expression<T> expression, Expression<? extends T>... fallbacks) {
        List<Expression<?>> arguments = new ArrayList<>();
        arguments.add(Objects.requireNonNull(expression, "expression"));
        for (Expression<? extends T> fallback : fallbacks) {
            arguments.add(Objects.requireNonNull(fallback, "fallbacks"));
        }
        return new FunctionCall<>("COALESCE", arguments, null);
    }

    /** {@code LOWER(x)}. */
    public static Expression<String> lower(Expression<String> text) {
        return new FunctionCall<>("LOWER", List.of(text), String.class);
    }

    /** {@code UPPER(x)}. */
    public static Expression<String> upper(Expression<String> text) {
        return new FunctionCall<>("UPPER", List.of(text), String.class);
    }

    /** {@code TRIM(x)}: without leading and trailing spaces. */
    public static Expression<String> trim(Expression<String> text) {
        return new FunctionCall<>("TRIM", List.of(text), String.class);
    }

    /** {@code CONCAT(x, y, …)}: the texts joined (a NULL counts as empty). */
    @SafeVarargs
    public static Expression<String> concat(Expression<String>... texts) {
        List<Expression<?>> arguments = new ArrayList<>();
        for (Expression<String> text : texts) {
            arguments.add(Objects.requireNonNull(text, "texts"));
        }
        return new FunctionCall<>("CONCAT", arguments, String.class);
    }

    /** The number of characters of a text, as an Integer. */
    public static Expression<Integer> length(Expression<String> text) {
        return new Cast<>(new FunctionCall<Long>("CHAR_LENGTH", List.of(text), Long.class), Integer.class, null, null);
    }

    /** {@code ABS(x)}. */
    public static <T extends Number> Expression<T> abs(Expression<T> number) {
        return new FunctionCall<>("ABS", List.of(number), null);
    }

    /**
     * {@code ROUND(x, places)}, {@code places} bound like every value. On PostgreSQL {@code x} must be a
     * decimal (cast a double first). On H2 the value keeps the scale of {@code x}'s type, which for a
     * product with a bound decimal is tens of thousands of digits: wrap it in {@link #castToDecimal} for
     * a fixed scale.
     */
    public static <T extends Number> Expression<T> round(Expression<T> number, int places) {
        return new FunctionCall<>("ROUND", List.of(number, value(places)), null);
    }

    /** The year of a date or timestamp. */
    public static Expression<Integer> year(Expression<?> date) {
        return datePart(DatePart.Field.YEAR, date);
    }

    /** The month (1 to 12) of a date or timestamp. */
    public static Expression<Integer> month(Expression<?> date) {
        return datePart(DatePart.Field.MONTH, date);
    }

    /** A field of a date or timestamp as an integer. */
    public static Expression<Integer> datePart(DatePart.Field field, Expression<?> date) {
        return new DatePart(field, date);
    }

    /**
     * {@code CAST(x AS type)}, the SQL type chosen by the dialect.
     *
     * @param expression the value
     * @param type Integer, Long, Short, Double, Float, String, Boolean, LocalDate, LocalTime or
     *     LocalDateTime; for BigDecimal use {@link #castToDecimal}
     * @param <T> the type
     * @return the converted value
     */
    public static <T> Expression<T> cast(Expression<?> expression, Class<T> type) {
        if (type == BigDecimal.class) {
            throw new IllegalArgumentException("cast to BigDecimal needs a precision and scale: use castToDecimal");
        }
        return new Cast<>(expression, type, null, null);
    }

    /** {@code CAST(x AS NUMERIC(precision, scale))}. */
    public static Expression<BigDecimal> castToDecimal(Expression<?> expression, int precision, int scale) {
        return new Cast<>(expression, BigDecimal.class, precision, scale);
    }

    /** Starts {@code CASE WHEN condition THEN result …}. */
    public static <T> Case<T> when(Condition condition, T result) {
        return new Case<T>(List.of(), null, Objects.requireNonNull(result, "result").getClass()).when(condition, result);
    }

    /**
     * Starts {@code CASE WHEN condition THEN result …} with an expression as the result.
     *
     * @param type the Java type of the results
     */
    public static <T> Case<T> when(Condition condition, Expression<? extends T> result, Class<T> type) {
        return new Case<T>(List.of(), null, type).when(condition, result);
    }

    // ---- subqueries

    /** A query of one column and at most one row as a value: {@code (SELECT …)}. */
    public static <T> Expression<T> scalar(SelectQuery<T> query) {
        return new ScalarSubquery<>(query);
    }

    /** {@code EXISTS (SELECT …)}. */
    public static Condition exists(SelectQuery<?> query) {
        return new Exists(query, false);
    }

    /** {@code NOT EXISTS (SELECT …)}. */
    public static Condition notExists(SelectQuery<?> query) {
        return new Exists(query, true);
    }

    // ---- raw SQL

    /**
     * A raw SQL fragment as a typed expression: written into the statement as it is, each {@code ?}
     * bound to the next argument. Use it for what the expression language lacks; never build the text
     * from user input.
     *
     * @param sql the fragment ({@code "date_trunc('month', ?)"})
     * @param type the Java type of its value
     * @param arguments one value per {@code ?}
     * @param <T> the type
     * @return the expression
     */
    public static <T> Expression<T> rawExpression(String sql, Class<T> type, Object... arguments) {
        return new RawExpression<>(sql, type, List.of(arguments));
    }

    /** A raw SQL fragment as a condition; as {@link #rawExpression}, each {@code ?} is bound. */
    public static Condition rawCondition(String sql, Object... arguments) {
        return new RawCondition(sql, List.of(arguments));
    }
}
