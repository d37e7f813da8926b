package dev.quicksilver.core.internal;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.exception.UnsupportedFeatureException;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.nio.ByteBuffer;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * {@code COPY … FROM STDIN} where the driver offers it. Names no driver type itself: the
 * r2dbc-postgresql code lives in {@link PostgresCopyIn}, loaded only when that driver is on the class
 * path, so core keeps working for H2-only applications.
 */
final class CopyIn {

    private static final boolean POSTGRES_DRIVER = present("io.r2dbc.postgresql.api.PostgresqlConnection");

    private CopyIn() {
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, CopyIn.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /** Whether connections of the factory (unwrapped from a pool) can run COPY. */
    static boolean supported(ConnectionFactory connectionFactory) {
        return POSTGRES_DRIVER && PostgresCopyIn.accepts(connectionFactory);
    }

    /** Runs the COPY on the connection, or fails with an {@link UnsupportedFeatureException}. */
    static Mono<Long> run(Connection connection, String sql, Publisher<ByteBuffer> data, Dialect dialect) {
        if (POSTGRES_DRIVER) {
            Mono<Long> copied = PostgresCopyIn.run(connection, sql, data, dialect);
            if (copied != null) {
                return copied;
            }
        }
        return Mono.error(new UnsupportedFeatureException(dialect.name(), "COPY … FROM STDIN",
                "Check Database.supportsCopyIn() first, and insert rows with multi-row INSERT statements instead."));
    }
}
