package dev.quicksilver.query;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A raw SQL statement whose rows are read as entities or records ({@link Quicksilver#sql(String, Class)}):
 * an immutable value, each {@code bind} returning a new statement. Nothing runs until a result is
 * subscribed to; each subscription runs it again, on the Reactor Context's transaction or a pooled
 * connection.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the row type
 */
public interface RawQuery<T> {

    /**
     * Binds a named parameter.
     *
     * @param name the parameter name, without the colon
     * @param value the value; {@code null} needs {@link #bindNull} (its type)
     * @return the statement
     */
    RawQuery<T> bind(String name, @Nullable Object value);

    /**
     * Binds SQL NULL of a type.
     *
     * @param name the parameter name
     * @param type the Java type of the column's values
     * @return the statement
     */
    RawQuery<T> bindNull(String name, Class<?> type);

    /** The rows, streamed as the database returns them. */
    Flux<T> fetch();

    /** The single row, empty when none; a {@link NonUniqueResultException} when there are several. */
    Mono<T> one();

    /** The SQL text, as given. */
    String sql();
}
