package dev.quicksilver.migrations.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.core.exception.LockNotAvailableException;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Opens a connection of its own for one migration run — from the driver's factory under the
 * database's pool, never a pooled connection — and hands the work a {@link Database} (same dialect,
 * same listeners, no pool) that runs everything on it. The connection is closed when the work ends,
 * fails or is cancelled; a session-level lock taken on it (PostgreSQL's advisory lock) goes with it,
 * so a lock is never left behind in a pool.
 */
final class DedicatedSession {

    private static final Logger LOG = LoggerFactory.getLogger(DedicatedSession.class);

    private DedicatedSession() {
    }

    static <T> Mono<T> run(Database database, Function<Database, Mono<T>> work) {
        return run(database, null, "", work);
    }

    /**
     * Like {@link #run(Database, Function)}, in a schema when one is given: created when missing, then made
     * the connection's default with {@code useSchema} + the quoted name, before the work starts.
     */
    static <T> Mono<T> run(Database database, @Nullable String schema, String useSchema,
                           Function<Database, Mono<T>> work) {
        ConnectionFactory factory = unpooled(database.connectionFactory());
        return Mono.usingWhen(
                Mono.<Connection>from(factory.create()).onErrorMap(R2dbcException.class,
                        error -> database.dialect().translate(error, null)),
                connection -> {
                    Database session = Database.from(PinnedConnection.factory(connection, factory.getMetadata()),
                            database.options().mutate().pool(PoolSettings.builder().enabled(false).build())
                                    .dialect(database.dialect()).build());
                    if (schema == null) {
                        return work.apply(session);
                    }
                    String quoted = database.dialect().quoteIdentifier(schema);
                    // H2 takes a lock on its catalog for DDL: tenants creating schemas at once may time out on
                    // it; the statement is idempotent, so it is tried again
                    return session.sql("CREATE SCHEMA IF NOT EXISTS " + quoted).rowsUpdated()
                            .retryWhen(Retry.backoff(5, Duration.ofMillis(50))
                                    .filter(LockNotAvailableException.class::isInstance)
                                    .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                            .then(session.sql(useSchema + quoted).rowsUpdated())
                            .then(Mono.defer(() -> work.apply(session)));
                },
                DedicatedSession::close,
                (connection, error) -> close(connection),
                DedicatedSession::close);
    }

    /** The driver's factory under a pool (r2dbc-pool's {@code ConnectionPool} wraps it), else the factory itself. */
    static ConnectionFactory unpooled(ConnectionFactory factory) {
        ConnectionFactory current = factory;
        while (current instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner
                && inner != current) {
            current = inner;
        }
        return current;
    }

    private static Mono<Void> close(Connection connection) {
        return Mono.from(connection.close()).onErrorResume(error -> {
            LOG.warn("Closing the migration connection failed; the database will drop the session", error);
            return Mono.empty();
        });
    }
}
