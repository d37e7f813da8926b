package dev.quicksilver.spring.boot;

import dev.quicksilver.core.ExternalTransactions;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.r2dbc.connection.ConnectionHolder;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Spring's reactive transactions for the databases of tenants: a database joins the Spring transaction whose
 * {@code R2dbcTransactionManager} works on that database's own connection factory. The routed database's factory is
 * the one the tenants' transaction manager uses (a transaction begins on the connection of the Reactor Context's
 * tenant), so its statements join; a tenant's own database (its pool) joins only a transaction begun on that pool,
 * never one begun for another tenant. Stateless and thread-safe.
 */
final class TenantSpringTransactions implements ExternalTransactions {

    @Override
    public Mono<Connection> current(ContextView context, ConnectionFactory connectionFactory) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .flatMap(synchronization -> {
                    if (!synchronization.isActualTransactionActive()) {
                        return Mono.empty();
                    }
                    Object resource = synchronization.getResource(connectionFactory);
                    return resource instanceof ConnectionHolder holder
                            ? Mono.justOrEmpty(holder.getConnection()) : Mono.<Connection>empty();
                })
                .onErrorResume(NoTransactionException.class, error -> Mono.empty());
    }

    @Override
    public String toString() {
        return "TenantSpringTransactions";
    }
}
