package dev.quicksilver.core.internal;

import dev.quicksilver.core.RowMapperFactory;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.exception.InvalidStatementException;
import dev.quicksilver.core.observation.StatementInfo;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs statements: checks the bindings, renders the SQL for the dialect, binds every value by
 * position, reads the results, translates errors and notifies the listeners.
 */
final class StatementExecutor {

    private static final int RENDERED_LIMIT = 2048;

    private final String databaseName;
    private final Dialect dialect;
    private final ConnectionProvider connections;
    private final StatementObservers observers;
    private final boolean parametersObserved;
    private final int defaultFetchSize;
    /** SQL text as written → as sent (the dialect is fixed per database); bounded like the parse cache. */
    private final Map<String, String> renderedSql = new ConcurrentHashMap<>();

    StatementExecutor(String databaseName, Dialect dialect, ConnectionProvider connections,
                      StatementObservers observers, boolean parametersObserved, int defaultFetchSize) {
        this.databaseName = databaseName;
        this.dialect = dialect;
        this.connections = connections;
        this.observers = observers;
        this.parametersObserved = parametersObserved;
        this.defaultFetchSize = defaultFetchSize;
    }

    <T> Flux<T> query(DefaultSql spec, RowMapperFactory<T> factory) {
        return execute(spec, result -> result.map(new RowAdapter<>(factory)), value -> 1L);
    }

    Mono<Long> update(DefaultSql spec) {
        return rowCounts(spec).reduce(0L, Long::sum);
    }

    /** One count per result (per set of values), in order. */
    Flux<Long> rowCounts(DefaultSql spec) {
        return execute(spec, result -> Flux.from(result.getRowsUpdated()).map(Number::longValue), Long::longValue);
    }

    private <T> Flux<T> execute(DefaultSql spec, Function<Result, Publisher<T>> reader, ToLongFunction<T> rowCount) {
        return Flux.deferContextual(context -> {
            ParsedSql parsed = spec.parsed();
            String invalid = spec.problem();
            if (invalid != null) {
                return Flux.error(new InvalidStatementException(invalid, parsed.original()));
            }
            List<Map<String, Object>> sets = spec.valueSets();
            Object[][] positional = new Object[sets.size()][];
            for (int set = 0; set < positional.length; set++) {
                String problem = bindingProblem(spec, sets.get(set));
                if (problem != null) {
                    return Flux.error(new InvalidStatementException(positional.length == 1 ? problem
                            : "In set " + (set + 1) + " of " + positional.length + " (add()): " + problem,
                            parsed.original()));
                }
                positional[set] = positionalValues(spec, sets.get(set));
            }
            String sql = render(parsed);
            Flux<T> execution = connections.withConnection(context, connection -> {
                Statement statement = prepare(connection, sql, spec, positional);
                // One RowAdapter per result: its shape and mapper are resolved once, never per row.
                return Flux.from(statement.execute()).concatMap(reader);
            }).onErrorMap(R2dbcException.class, error -> dialect.translate(error, sql));
            if (observers.isEmpty()) {
                return execution;
            }
            StatementInfo info = new StatementInfo(databaseName, dialect.name(), sql, parsed.operation(),
                    parsed.table(), parametersObserved ? observedValues(positional[0]) : List.of(),
                    connections.activeTransaction(context) != null);
            return observers.observe(info, context, execution, rowCount);
        });
    }

    private String render(ParsedSql parsed) {
        String rendered = renderedSql.get(parsed.original());
        if (rendered == null) {
            rendered = parsed.render(dialect);
            if (renderedSql.size() >= RENDERED_LIMIT) {
                renderedSql.clear();
            }
            renderedSql.put(parsed.original(), rendered);
        }
        return rendered;
    }

    private Statement prepare(Connection connection, String sql, DefaultSql spec, Object[][] sets) {
        Statement statement;
        try {
            statement = connection.createStatement(sql);
        } catch (IllegalArgumentException | UnsupportedOperationException refused) {
            throw new InvalidStatementException("The driver refused the statement: " + refused.getMessage()
                    + ". Send one statement per call when it has parameters.", spec.parsed().original());
        }
        for (int set = 0; set < sets.length; set++) {
            if (set > 0) {
                statement.add();
            }
            bind(statement, spec, sets[set]);
        }
        int fetchSize = spec.fetchSize() != DefaultSql.UNSET ? spec.fetchSize() : defaultFetchSize;
        if (fetchSize > 0) {
            statement.fetchSize(fetchSize);
        }
        String[] generated = spec.generatedColumns();
        if (generated != null) {
            statement.returnGeneratedValues(generated);
        }
        return statement;
    }

    private static void bind(Statement statement, DefaultSql spec, Object[] positional) {
        List<String> names = spec.parsed().distinctNames();
        for (int position = 0; position < positional.length; position++) {
            Object value = positional[position];
            try {
                if (value instanceof DefaultSql.NullValue nullValue) {
                    statement.bindNull(position, nullValue.type());
                } else {
                    statement.bind(position, value);
                }
            } catch (IllegalArgumentException | UnsupportedOperationException unsupported) {
                throw new InvalidStatementException("Could not bind :" + names.get(position) + " (a "
                        + (value instanceof DefaultSql.NullValue nullValue ? "NULL of " + nullValue.type().getName()
                        : value.getClass().getName()) + "): " + unsupported.getMessage()
                        + ". Convert it to a type the driver supports.", spec.parsed().original());
            }
        }
    }

    private static @Nullable String bindingProblem(DefaultSql spec, Map<String, Object> values) {
        List<String> names = spec.parsed().distinctNames();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!values.containsKey(name)) {
                missing.add(":" + name);
            }
        }
        if (!missing.isEmpty()) {
            return "No value bound for " + String.join(", ", missing) + ". Call bind(name, value) or bindNull(name,"
                    + " type) for every named parameter.";
        }
        if (values.size() > names.size()) {
            List<String> unknown = new ArrayList<>();
            for (String name : values.keySet()) {
                if (!spec.parsed().positions().containsKey(name)) {
                    unknown.add(name);
                }
            }
            return "Values were bound to " + unknown + ", which the SQL does not use; its parameters are " + names
                    + ". Check the spelling of the names.";
        }
        return null;
    }

    private static Object[] positionalValues(DefaultSql spec, Map<String, Object> values) {
        List<String> names = spec.parsed().distinctNames();
        Object[] positional = new Object[names.size()];
        for (int i = 0; i < positional.length; i++) {
            positional[i] = values.get(names.get(i));
        }
        return positional;
    }

    private static List<@Nullable Object> observedValues(Object[] positional) {
        List<@Nullable Object> observed = new ArrayList<>(positional.length);
        for (Object value : positional) {
            observed.add(value instanceof DefaultSql.NullValue ? null : value);
        }
        return Collections.unmodifiableList(observed);
    }

}
