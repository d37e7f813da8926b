package dev.quicksilver.core;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A SQL statement with its bound values, ready to run. Named parameters ({@code :name}) are
 * rewritten to the dialect's bind markers; every value is sent as a bind parameter, never spliced
 * into the text. Nothing runs until the returned {@code Flux} or {@code Mono} is subscribed, and
 * each subscription runs the statement again.
 *
 * <pre>{@code
 * Flux<String> names = db.sql("SELECT name FROM artist WHERE name LIKE :prefix ORDER BY name")
 *     .bind("prefix", "A%")
 *     .map(row -> row.get(0, String.class));
 * }</pre>
 *
 * <p>Immutable and thread-safe: {@code bind} returns a new statement. The statement runs on the
 * transaction's connection when subscribed inside {@link Database#inTransaction}, otherwise on a
 * connection from the pool that is returned when the stream ends or is cancelled. Errors arrive as
 * {@link dev.quicksilver.core.exception.QuicksilverException}s in the stream.
 */
public interface Sql {

    /**
     * Binds a value to a named parameter. A {@code null} value is refused (the stream fails with
     * {@link dev.quicksilver.core.exception.InvalidStatementException}): use
     * {@link #bindNull(String, Class)} so the driver knows the type.
     *
     * @param name the parameter's name, without the colon
     * @param value the value
     * @return a new statement with the value bound
     */
    Sql bind(String name, @Nullable Object value);

    /**
     * Binds SQL NULL of a given type to a named parameter.
     *
     * @param name the parameter's name, without the colon
     * @param type the Java type the column holds
     * @return a new statement with the null bound
     */
    Sql bindNull(String name, Class<?> type);

    /**
     * Binds several parameters at once, each as {@link #bind(String, Object)} would (a {@code null}
     * value is an error; use {@link #bindNull}); one copy of the statement however many values, for
     * statements built with many parameters.
     *
     * @param values parameter names (without the colon) and values
     * @return a statement with the values bound
     */
    Sql bindAll(java.util.Map<String, ?> values);

    /**
     * Ends the current set of bound values and starts an empty one: the statement then runs once per set,
     * as one batch (R2DBC {@code Statement.add}; PostgreSQL receives every run in one round trip), with one
     * result per set, in order. Each set must bind every parameter. A last set left empty (an {@code add()}
     * after the last values) is ignored, so a loop may call {@code add()} after each set.
     *
     * <pre>{@code
     * Sql insert = db.sql("INSERT INTO tag (name) VALUES (:name)");
     * for (String name : names) {
     *     insert = insert.bind("name", name).add();
     * }
     * Flux<Long> each = insert.rowCounts();
     * }</pre>
     *
     * @return a statement whose next binds go to a new set
     */
    Sql add();

    /**
     * Sets how many rows the driver fetches per round trip (a cursor on PostgreSQL), so a large
     * result streams in bounded memory and a cancelled stream stops the database early.
     *
     * @param rows rows per fetch; 0 leaves it to the driver
     * @return a new statement
     */
    Sql fetchSize(int rows);

    /**
     * Asks for values the database generates (identity columns, defaults) to come back as rows,
     * read with {@link #map(RowMapper)} or {@link #fetch()}.
     *
     * @param columns the generated columns wanted; none means all the driver offers
     * @return a new statement
     */
    Sql returnGeneratedValues(String... columns);

    /**
     * Runs the statement and emits each row as an immutable {@link Row}.
     *
     * @return the rows, streamed with backpressure
     */
    Flux<Row> fetch();

    /**
     * Runs the statement and maps each row.
     *
     * @param mapper called once per row
     * @param <T> the mapped type
     * @return the mapped rows, streamed with backpressure
     */
    <T> Flux<T> map(RowMapper<T> mapper);

    /**
     * Runs the statement and maps each row with a mapper resolved once per result shape.
     *
     * @param factory called once per distinct shape of result
     * @param <T> the mapped type
     * @return the mapped rows, streamed with backpressure
     */
    <T> Flux<T> mapPerShape(RowMapperFactory<T> factory);

    /**
     * Runs the statement and emits the number of rows it inserted, updated or deleted.
     *
     * @return the count (summed over all results of the statement)
     */
    Mono<Long> rowsUpdated();

    /**
     * Runs the statement and emits the number of rows each result counts: one count per set of values
     * ({@link #add()}), in order, so a batch can tell which run changed nothing.
     *
     * @return the counts, one per result
     */
    Flux<Long> rowCounts();

    /** The SQL text as written, with named parameters. */
    String text();
}
