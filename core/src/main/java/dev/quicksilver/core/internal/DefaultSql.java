package dev.quicksilver.core.internal;

import dev.quicksilver.core.Row;
import dev.quicksilver.core.RowMapper;
import dev.quicksilver.core.RowMapperFactory;
import dev.quicksilver.core.Sql;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The immutable statement spec behind {@link Sql}; execution is delegated to {@link StatementExecutor}. */
final class DefaultSql implements Sql {

    /** Marks a parameter bound to SQL NULL of a type. */
    record NullValue(Class<?> type) {
    }

    /** Marks a parameter bound wrongly; a later bind of the same name replaces it. */
    record InvalidValue(String problem) {
    }

    /** The fetch size when none was set. */
    static final int UNSET = Integer.MIN_VALUE;

    private static final RowMapperFactory<Row> COPY = shape -> Row::copyOf;

    private final StatementExecutor executor;
    private final ParsedSql parsed;
    private final Map<String, Object> values;
    private final int fetchSize;
    private final String @Nullable [] generatedColumns;
    /** The sets of values ended by {@link #add()}, before the current one ({@link #values}). */
    private final List<Map<String, Object>> earlierSets;

    DefaultSql(StatementExecutor executor, ParsedSql parsed) {
        this(executor, parsed, Map.of(), UNSET, null, List.of());
    }

    private DefaultSql(StatementExecutor executor, ParsedSql parsed, Map<String, Object> values, int fetchSize,
                       String @Nullable [] generatedColumns, List<Map<String, Object>> earlierSets) {
        this.executor = executor;
        this.parsed = parsed;
        this.values = values;
        this.fetchSize = fetchSize;
        this.generatedColumns = generatedColumns;
        this.earlierSets = earlierSets;
    }

    @Override
    public Sql bind(String name, @Nullable Object value) {
        Objects.requireNonNull(name, "name");
        if (value == null) {
            return withValue(name, new InvalidValue("Parameter :" + name + " was bound to null without a type. Use"
                    + " bindNull(\"" + name + "\", TheType.class) so the driver knows what NULL to send."));
        }
        return withValue(name, value);
    }

    @Override
    public Sql bindNull(String name, Class<?> type) {
        return withValue(Objects.requireNonNull(name, "name"), new NullValue(Objects.requireNonNull(type, "type")));
    }

    @Override
    public Sql bindAll(Map<String, ?> more) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        for (Map.Entry<String, ?> entry : more.entrySet()) {
            String name = Objects.requireNonNull(entry.getKey(), "name");
            Object value = entry.getValue();
            copy.put(name, value != null ? value : new InvalidValue("Parameter :" + name + " was bound to null without"
                    + " a type. Use bindNull(\"" + name + "\", TheType.class) so the driver knows what NULL to send."));
        }
        return new DefaultSql(executor, parsed, Collections.unmodifiableMap(copy), fetchSize, generatedColumns,
                earlierSets);
    }

    private Sql withValue(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new DefaultSql(executor, parsed, Collections.unmodifiableMap(copy), fetchSize, generatedColumns,
                earlierSets);
    }

    @Override
    public Sql fetchSize(int rows) {
        return new DefaultSql(executor, parsed, values, rows, generatedColumns, earlierSets);
    }

    @Override
    public Sql returnGeneratedValues(String... columns) {
        return new DefaultSql(executor, parsed, values, fetchSize, columns.clone(), earlierSets);
    }

    @Override
    public Sql add() {
        List<Map<String, Object>> sets = new ArrayList<>(earlierSets.size() + 1);
        sets.addAll(earlierSets);
        sets.add(values);
        return new DefaultSql(executor, parsed, Map.of(), fetchSize, generatedColumns, Collections.unmodifiableList(sets));
    }

    @Override
    public Flux<Long> rowCounts() {
        return executor.rowCounts(this);
    }

    @Override
    public Flux<Row> fetch() {
        return executor.query(this, COPY);
    }

    @Override
    public <T> Flux<T> map(RowMapper<T> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return executor.query(this, shape -> mapper);
    }

    @Override
    public <T> Flux<T> mapPerShape(RowMapperFactory<T> factory) {
        return executor.query(this, Objects.requireNonNull(factory, "factory"));
    }

    @Override
    public Mono<Long> rowsUpdated() {
        return executor.update(this);
    }

    @Override
    public String text() {
        return parsed.original();
    }

    ParsedSql parsed() {
        return parsed;
    }

    Map<String, Object> values() {
        return values;
    }

    /**
     * Every set of values the statement runs with: those ended by {@link #add()}, then the current one
     * unless it is empty after an {@code add()}.
     */
    List<Map<String, Object>> valueSets() {
        if (earlierSets.isEmpty()) {
            return List.of(values);
        }
        if (values.isEmpty()) {
            return earlierSets;
        }
        List<Map<String, Object>> sets = new ArrayList<>(earlierSets);
        sets.add(values);
        return sets;
    }

    int fetchSize() {
        return fetchSize;
    }

    String @Nullable [] generatedColumns() {
        return generatedColumns;
    }

    /** What makes this statement unfit to run (checked when it runs, so later calls can correct it), or {@code null}. */
    @Nullable String problem() {
        for (Map<String, Object> set : valueSets()) {
            for (Object value : set.values()) {
                if (value instanceof InvalidValue invalid) {
                    return invalid.problem();
                }
            }
        }
        if (fetchSize != UNSET && fetchSize < 0) {
            return "fetchSize must be 0 or more, was " + fetchSize + ".";
        }
        return null;
    }

    @Override
    public String toString() {
        return "Sql{" + parsed.original() + ", parameters=" + values.keySet()
                + (earlierSets.isEmpty() ? "" : ", sets=" + valueSets().size()) + ", fetchSize=" + fetchSize
                + (generatedColumns == null ? "" : ", returning=" + Arrays.toString(generatedColumns)) + '}';
    }

}
