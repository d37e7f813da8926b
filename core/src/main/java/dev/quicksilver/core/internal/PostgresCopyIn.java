package dev.quicksilver.core.internal;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.exception.CopyInException;
import dev.quicksilver.core.exception.QuicksilverException;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlException;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Wrapped;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * r2dbc-postgresql's {@code copyIn}, reached through r2dbc-pool's wrapper. The only class of core that
 * names the PostgreSQL driver's connection types; loaded only when the driver is present.
 */
final class PostgresCopyIn {

    /** PostgreSQL's error context for COPY: {@code COPY track, line 3, column name: "…"}. */
    private static final Pattern COPY_LINE = Pattern.compile("\\bCOPY [^,]+, line (\\d+)");

    private PostgresCopyIn() {
    }

    static boolean accepts(ConnectionFactory connectionFactory) {
        return unwrap(connectionFactory, PostgresqlConnectionFactory.class) != null;
    }

    /** The COPY, or {@code null} when the connection is not r2dbc-postgresql's. */
    static @Nullable Mono<Long> run(Connection connection, String sql, Publisher<ByteBuffer> data, Dialect dialect) {
        PostgresqlConnection postgres = unwrap(connection, PostgresqlConnection.class);
        if (postgres == null) {
            return null;
        }
        // One CopyData frame per buffer (copyIn(sql, publisher) would gather the whole stream into one frame
        // first); the driver releases each buffer once encoded into its frame; the gate wraps, copying nothing.
        // When the input fails, the driver aborts the COPY (CopyFail) and the server answers 57014
        // (query_canceled); the input's own error is what the caller needs, with the server's kept as suppressed.
        return Mono.defer(() -> {
            AtomicReference<@Nullable Throwable> inputFailure = new AtomicReference<>();
            Flux<ByteBuffer> watched = Flux.from(data).doOnError(inputFailure::set);
            return postgres.copyIn(sql).fromMany(CopyDataGate.gate(watched).map(Mono::just)).build()
                    .onErrorMap(error -> inputFailure(inputFailure.get(), error))
                    .onErrorMap(R2dbcException.class, error -> translate(error, sql, dialect));
        });
    }

    private static Throwable inputFailure(@Nullable Throwable input, Throwable error) {
        if (input == null || input == error) {
            return error;
        }
        input.addSuppressed(error);
        return input;
    }

    private static QuicksilverException translate(R2dbcException error, String sql, Dialect dialect) {
        QuicksilverException translated = dialect.translate(error, sql);
        if (error instanceof PostgresqlException postgres) {
            String where = postgres.getErrorDetails().getWhere().orElse(null);
            if (where != null) {
                Matcher line = COPY_LINE.matcher(where);
                if (line.find()) {
                    return new CopyInException(Long.parseLong(line.group(1)), translated, sql);
                }
            }
        }
        return translated;
    }

    private static <T> @Nullable T unwrap(Object object, Class<T> type) {
        Object current = object;
        for (int depth = 0; depth < 8; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (!(current instanceof Wrapped<?> wrapped)) {
                return null;
            }
            Object inner = wrapped.unwrap();
            if (inner == current) {
                return null;
            }
            current = inner;
        }
        return null;
    }
}
