package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.Expression;
import reactor.core.publisher.Mono;

/**
 * {@code UPDATE … SET … WHERE …} by criteria: an immutable value, each method returning a new
 * statement; it runs when {@link #execute()} is subscribed to. Values are bound and converted as their
 * column stores them; an expression may refer to the row's own columns
 * ({@code set(TRACK.MILLISECONDS, TRACK.MILLISECONDS.plus(1000))}). Without {@link #where} it refuses to
 * run, unless {@link #all()} says every row is meant.
 *
 * @param <E> the entity whose table is updated
 */
public interface UpdateStatement<E> {

    /** Sets a column to a value; {@code null} sets SQL NULL. */
    <T> UpdateStatement<E> set(Column<E, T> column, @org.jspecify.annotations.Nullable T value);

    /** Sets a column to an expression, evaluated per row by the database. */
    <T> UpdateStatement<E> set(Column<E, T> column, Expression<? extends T> value);

    /** Only rows matching the condition (ANDed with earlier ones). */
    UpdateStatement<E> where(Condition condition);

    /** Every row of the table: required to run without a condition. */
    UpdateStatement<E> all();

    /** Runs the statement; emits the number of rows updated. */
    Mono<Long> execute();

    /** The SQL on the database's dialect. */
    String sql();
}
