package dev.quicksilver.spring.boot;

import dev.quicksilver.core.ExternalTransactions;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.util.Objects;
import org.springframework.r2dbc.connection.ConnectionHolder;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Makes Quicksilver statements join the reactive transaction Spring's {@code R2dbcTransactionManager}
 * ({@code @Transactional}, {@code TransactionalOperator}) holds for the subscriber: the connection Spring
 * bound, in the Reactor Context's transaction context, under the {@link ConnectionFactory} its transaction
 * manager uses. Spring begins, commits, rolls back and releases that connection; a Quicksilver
 * {@code inTransaction} inside opens a savepoint on it.
 */
public final class SpringReactiveTransactions implements ExternalTransactions {

    private final ConnectionFactory transactionManagerFactory;

    /**
     * @param transactionManagerFactory the connection factory Spring's transaction manager binds its
     *     connections under (Spring Boot's {@code ConnectionFactory} bean)
     */
    public SpringReactiveTransactions(ConnectionFactory transactionManagerFactory) {
        this.transactionManagerFactory = Objects.requireNonNull(transactionManagerFactory, "transactionManagerFactory");
    }

    @Override
    public Mono<Connection> current(ContextView context, ConnectionFactory connectionFactory) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .flatMap(synchronization -> {
                    if (!synchronization.isActualTransactionActive()) {
                        return Mono.empty();
                    }
                    Object resource = synchronization.getResource(transactionManagerFactory);
                    return resource instanceof ConnectionHolder holder
                            ? Mono.justOrEmpty(holder.getConnection()) : Mono.<Connection>empty();
                })
                // no TransactionContext in the Reactor Context: not inside a Spring transaction
                .onErrorResume(NoTransactionException.class, error -> Mono.empty());
    }

    @Override
    public String toString() {
        return "SpringReactiveTransactions{" + transactionManagerFactory.getClass().getName() + '}';
    }
}
