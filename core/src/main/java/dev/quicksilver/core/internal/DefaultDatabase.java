package dev.quicksilver.core.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolStats;
import dev.quicksilver.core.Sql;
import dev.quicksilver.core.Transaction;
import dev.quicksilver.core.TransactionOptions;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.observation.StatementInfo;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import java.nio.ByteBuffer;
import java.util.List;
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
    private final StatementObservers observers;
    private final boolean copyInSupported;

    DefaultDatabase(DatabaseOptions options, Dialect dialect, ConnectionProvider connections,
                    StatementObservers observers, String description) {
        this.options = options;
        this.dialect = dialect;
        this.connections = connections;
        this.executor = new StatementExecutor(options.name(), dialect, connections, observers,
                options.parametersObserved(), options.defaultFetchSize());
        this.transactions = new TransactionRunner(connections, dialect);
        this.description = description;
        this.observers = observers;
        this.copyInSupported = CopyIn.supported(connections.connectionFactory());
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
    public <T> Flux<T> withConnection(Function<? super Connection, ? extends Publisher<T>> work) {
        Objects.requireNonNull(work, "work");
        return Flux.deferContextual(context -> connections.<T>withConnection(context, work::apply))
                .onErrorMap(R2dbcException.class, error -> dialect.translate(error, null));
    }

    @Override
    public boolean supportsCopyIn() {
        return copyInSupported;
    }

    @Override
    public Mono<Long> copyIn(String sql, Publisher<ByteBuffer> data) {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(data, "data");
        return Flux.deferContextual(context -> {
            Flux<Long> execution = connections.withConnection(context,
                            connection -> CopyIn.run(connection, sql, data, dialect))
                    .onErrorMap(R2dbcException.class, error -> dialect.translate(error, sql));
            if (observers.isEmpty()) {
                return execution;
            }
            StatementInfo info = new StatementInfo(options.name(), dialect.name(), sql, ParsedSql.operationOf(sql),
                    null, List.of(), connections.activeTransaction(context) != null);
            return observers.observe(info, context, execution, Long::longValue);
        }).singleOrEmpty().defaultIfEmpty(0L);
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
