package dev.quicksilver.core;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.internal.DatabaseFactory;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.Optional;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The entry point: one database, reached through an R2DBC connection factory, pooled, with the
 * dialect that fits it. Run SQL with {@link #sql(String)}, group work in a transaction with
 * {@link #inTransaction(Function)}, and {@link #close()} it when the application stops.
 *
 * <pre>{@code
 * Database db = Database.connect("r2dbc:h2:mem:///shop");
 * Mono<Long> inserted = db.sql("INSERT INTO item (name) VALUES (:name)").bind("name", "Lamp").rowsUpdated();
 * }</pre>
 *
 * <p>Thread-safe; create one per database and share it. Every method returns at once: the work
 * happens when the returned publisher is subscribed, and no thread ever blocks on I/O.
 */
public interface Database {

    /**
     * Connects to an R2DBC URL, e.g. {@code r2dbc:h2:mem:///app} or
     * {@code r2dbc:postgresql://user@localhost:5432/app}, with default options.
     *
     * @param url the R2DBC URL (its password, if any, never appears in logs or {@code toString})
     * @return the database; no connection is opened until first use
     */
    static Database connect(String url) {
        return connect(url, DatabaseOptions.defaults());
    }

    /**
     * Connects to an R2DBC URL with options.
     *
     * @param url the R2DBC URL
     * @param options pooling, listeners and the rest
     * @return the database
     */
    static Database connect(String url, DatabaseOptions options) {
        return DatabaseFactory.create(ConnectionFactoryOptions.parse(url), options);
    }

    /**
     * Connects with R2DBC connection factory options.
     *
     * @param connectionOptions driver, host, database, credentials, …
     * @param options pooling, listeners and the rest
     * @return the database
     */
    static Database connect(ConnectionFactoryOptions connectionOptions, DatabaseOptions options) {
        return DatabaseFactory.create(connectionOptions, options);
    }

    /**
     * Uses an existing connection factory. A factory that already pools (an r2dbc-pool
     * {@code ConnectionPool}) is used as it is; any other is pooled unless the options turn pooling off.
     *
     * @param connectionFactory the factory
     * @param options pooling, listeners and the rest
     * @return the database
     */
    static Database from(ConnectionFactory connectionFactory, DatabaseOptions options) {
        return DatabaseFactory.create(connectionFactory, options);
    }

    /**
     * Uses an existing connection factory with default options.
     *
     * @param connectionFactory the factory
     * @return the database
     */
    static Database from(ConnectionFactory connectionFactory) {
        return from(connectionFactory, DatabaseOptions.defaults());
    }

    /**
     * Prepares a statement. Nothing runs until a result of the returned {@link Sql} is subscribed.
     *
     * @param sql SQL text, with {@code :name} parameters
     * @return the statement
     */
    Sql sql(String sql);

    /**
     * Runs work in a transaction with default options: it commits when the work completes, rolls
     * back when it errors or is cancelled. Statements run by the work (through this database) use
     * the transaction's connection, found in the Reactor Context. Called inside another transaction
     * of this database, it opens a savepoint that rolls back alone on error.
     *
     * <p>Cancelling the returned {@code Flux} rolls the transaction back — and {@code next()},
     * {@code take(n)} or {@code Mono.from(...)} cancel after the elements they need, so a value taken that way
     * may belong to a transaction that never committed. For one value use {@link #transactional(Mono)} or
     * {@code .single()}, which wait for the commit.
     *
     * @param work builds the publisher to run in the transaction
     * @param <T> the element type
     * @return the work's elements, emitted as they come; completion follows the commit
     */
    <T> Flux<T> inTransaction(Function<? super Transaction, ? extends Publisher<T>> work);

    /**
     * Runs work in a transaction with options (isolation, read-only, timeout, propagation).
     *
     * @param options the transaction's options
     * @param work builds the publisher to run in the transaction
     * @param <T> the element type
     * @return the work's elements; completion follows the commit
     */
    <T> Flux<T> inTransaction(TransactionOptions options, Function<? super Transaction, ? extends Publisher<T>> work);

    /**
     * Runs a {@code Mono} in a transaction with default options.
     *
     * @param work the work
     * @param <T> the value type
     * @return the work's value, emitted after the commit
     */
    default <T> Mono<T> transactional(Mono<T> work) {
        return inTransaction(transaction -> work).singleOrEmpty();
    }

    /**
     * Runs a {@code Mono} in a transaction with options; the value is emitted after the commit.
     *
     * @param options the transaction's options
     * @param work the work
     * @param <T> the value type
     * @return the work's value
     */
    default <T> Mono<T> transactional(TransactionOptions options, Mono<T> work) {
        return inTransaction(options, transaction -> work).singleOrEmpty();
    }

    /**
     * Runs work on one R2DBC connection: the transaction's, inside {@link #inTransaction} of this database
     * (found in the Reactor Context), else one from the pool, released when the work completes, fails or is
     * cancelled. For what {@link #sql} cannot express (driver extensions, statements bound in bulk); the work
     * must not close the connection nor keep it after its publisher ends. Driver errors reach the subscriber
     * translated, as a statement's are. Work run this way is not seen by statement listeners.
     *
     * <pre>{@code
     * Flux<Long> counts = db.withConnection(connection -> Flux.from(connection.createStatement(sql)
     *     .bind(0, 1).add().bind(0, 2).execute()).flatMap(Result::getRowsUpdated));
     * }</pre>
     *
     * @param work builds the publisher to run on the connection
     * @param <T> the element type
     * @return the work's elements
     */
    <T> Flux<T> withConnection(Function<? super io.r2dbc.spi.Connection, ? extends Publisher<T>> work);

    /**
     * Whether {@link #copyIn} can run here: the connections are r2dbc-postgresql's (directly or pooled).
     *
     * @return true when {@code COPY … FROM STDIN} is available
     */
    boolean supportsCopyIn();

    /**
     * Runs PostgreSQL's {@code COPY table (columns) FROM STDIN}, streaming the data (in the format the
     * statement names; text by default) from a publisher, on the connection {@link #withConnection} would
     * use. Each buffer goes out as one CopyData frame while later ones are still being produced, and a buffer
     * is requested only while fewer than two wait in the driver to be encoded, so the publisher's demand
     * follows the connection and memory stays bounded however long the stream. Errors are translated as a statement's; when the
     * database names the line of the data it stopped at, the error is a
     * {@link dev.quicksilver.core.exception.CopyInException} carrying that line, with the translated
     * error as its cause. Observed by statement listeners as one {@code COPY} statement.
     *
     * @param sql the {@code COPY … FROM STDIN} statement
     * @param data the data; each buffer is read once, from its position to its limit
     * @return the number of rows copied
     * @see #supportsCopyIn()
     */
    Mono<Long> copyIn(String sql, Publisher<java.nio.ByteBuffer> data);

    /**
     * Whether statements run under a Reactor Context use a transaction of this database (rather than a
     * pooled connection each). Statements of one transaction share its connection and run one at a
     * time; a caller interleaving statements (reading one result while starting another) must finish
     * one before the next when this is true.
     *
     * @param context the subscriber's context
     * @return true inside {@link #inTransaction} or {@link #transactional} of this database
     */
    boolean inTransaction(reactor.util.context.ContextView context);

    /** The dialect in use. */
    Dialect dialect();

    /** The options this database was created with. */
    DatabaseOptions options();

    /** The pool's current state, or empty when connections are not pooled by Quicksilver. */
    Optional<PoolStats> poolStats();

    /** The connection factory statements run on (the pool, when pooled). */
    ConnectionFactory connectionFactory();

    /**
     * Closes the pool and every connection in it. Statements started afterwards fail.
     *
     * @return completes when everything is released
     */
    Mono<Void> close();
}
