package dev.quicksilver.core.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolStats;
import dev.quicksilver.core.Sql;
import dev.quicksilver.core.Transaction;
import dev.quicksilver.core.TransactionOptions;
import dev.quicksilver.core.dialect.Dialect;
import io.r2dbc.spi.ConnectionFactory;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@link Database} facade: it wires the parts together and delegates. */
final class DefaultDatabase implements Database {

    private final DatabaseOptions options;
    private final Dialect dialect;
    private final ConnectionProvider connections;
    private final StatementExecutor executor;
    private final TransactionRunner transactions;
    private final String description;

    DefaultDatabase(DatabaseOptions options, Dialect dialect, ConnectionProvider connections,
                    StatementObservers observers, String description) {
        this.options = options;
        this.dialect = dialect;
        this.connections = connections;
        this.executor = new StatementExecutor(options.name(), dialect, connections, observers,
                options.parametersObserved(), options.defaultFetchSize());
        this.transactions = new TransactionRunner(connections, dialect);
        this.description = description;
    }

    @Override
    public Sql sql(String sql) {
        return new DefaultSql(executor, NamedParameters.parse(Objects.requireNonNull(sql, "sql")));
    }

    @Override
    public <T> Flux<T> inTransaction(Function<? super Transaction, ? extends Publisher<T>> work) {
        return transactions.run(TransactionOptions.defaults(), Objects.requireNonNull(work, "work"));
    }

    @Override
    public <T> Flux<T> inTransaction(TransactionOptions options, Function<? super Transaction, ? extends Publisher<T>> work) {
        return transactions.run(Objects.requireNonNull(options, "options"), Objects.requireNonNull(work, "work"));
    }

    @Override
    public boolean inTransaction(reactor.util.context.ContextView context) {
        return connections.activeTransaction(context) != null;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public DatabaseOptions options() {
        return options;
    }

    @Override
    public Optional<PoolStats> poolStats() {
        return connections.stats();
    }

    @Override
    public ConnectionFactory connectionFactory() {
        return connections.connectionFactory();
    }

    @Override
    public Mono<Void> close() {
        return connections.close();
    }

    @Override
    public String toString() {
        return "Database{name=" + options.name() + ", dialect=" + dialect.name() + ", " + description + '}';
    }
}
