package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Column;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * {@code INSERT} of one row given column by column — or of a query's rows — optionally an upsert: {@link #onConflict} names
 * the unique key, then {@link #doUpdate} the columns to overwrite when the key exists (PostgreSQL
 * {@code ON CONFLICT … DO UPDATE}, H2 {@code MERGE}), or {@link #doNothing}. An immutable value; it runs
 * when {@link #execute()} is subscribed to. (Entity inserts with generated keys are the session's
 * job; this is the statement level.)
 *
 * @param <E> the entity whose table receives the row
 */
public interface InsertStatement<E> {

    /** A column's value; {@code null} inserts SQL NULL. */
    <T> InsertStatement<E> value(Column<E, T> column, @org.jspecify.annotations.Nullable T value);

    /**
     * {@code INSERT INTO … (columns) SELECT …}: each row of the query fills the columns, in order. Not
     * combined with {@link #value} nor with an upsert.
     *
     * @param columns the columns to fill
     * @param rows a query built with {@link Quicksilver#select}, selecting as many expressions as columns
     * @return the statement
     */
    InsertStatement<E> select(List<? extends Column<E, ?>> columns, SelectQuery<?> rows);

    /** Makes this an upsert keyed by these columns (a primary key or unique constraint). */
    InsertStatement<E> onConflict(List<? extends Column<E, ?>> keyColumns);

    /** When the key exists, overwrite these columns with this row's values. */
    InsertStatement<E> doUpdate(List<? extends Column<E, ?>> columns);

    /** When the key exists, leave the existing row as it is. */
    InsertStatement<E> doNothing();

    /** Runs the statement; emits the number of rows inserted or updated (0 when nothing was done). */
    Mono<Long> execute();

    /** The SQL on the database's dialect. */
    String sql();
}
