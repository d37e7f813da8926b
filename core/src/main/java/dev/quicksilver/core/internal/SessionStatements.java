package dev.quicksilver.core.internal;

import dev.quicksilver.core.dialect.Dialect;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Result;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs the dialect's session and transaction-control statements (connection init, transaction
 * settings) on a connection, one after another. They are not user statements: listeners do not see
 * them, and their errors are translated by the dialect.
 */
final class SessionStatements {

    private SessionStatements() {
    }

    static Mono<Void> run(Connection connection, List<String> statements, Dialect dialect) {
        if (statements.isEmpty()) {
            return Mono.empty();
        }
        return Flux.fromIterable(statements)
                .concatMap(sql -> Flux.from(connection.createStatement(sql).execute())
                        .concatMap(Result::getRowsUpdated)
                        .onErrorMap(R2dbcException.class, error -> dialect.translate(error, sql)))
                .then();
    }
}
