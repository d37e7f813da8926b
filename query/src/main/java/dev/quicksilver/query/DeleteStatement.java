package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Condition;
import reactor.core.publisher.Mono;

/**
 * {@code DELETE … WHERE …} by criteria: an immutable value; it runs when {@link #execute()} is
 * subscribed to. Without {@link #where} it refuses to run, unless {@link #all()} says every row is meant.
 *
 * @param <E> the entity whose table rows are deleted
 */
public interface DeleteStatement<E> {

    /** Only rows matching the condition (ANDed with earlier ones). */
    DeleteStatement<E> where(Condition condition);

    /** Every row of the table: required to run without a condition. */
    DeleteStatement<E> all();

    /** Runs the statement; emits the number of rows deleted. */
    Mono<Long> execute();

    /** The SQL on the database's dialect. */
    String sql();
}
