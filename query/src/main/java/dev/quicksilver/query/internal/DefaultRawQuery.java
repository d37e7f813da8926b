package dev.quicksilver.query.internal;

import dev.quicksilver.core.RowMapperFactory;
import dev.quicksilver.core.Sql;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.query.NonUniqueResultException;
import dev.quicksilver.query.RawQuery;
import dev.quicksilver.query.ResultMappingException;
import java.lang.invoke.MethodType;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A raw statement (core's immutable {@link Sql}) and how its rows become the row type. */
final class DefaultRawQuery<T> implements RawQuery<T> {

    private final DefaultQuicksilver engine;
    private final Sql sql;
    private final Class<T> type;

    DefaultRawQuery(DefaultQuicksilver engine, Sql sql, Class<T> type) {
        this.engine = engine;
        this.sql = sql;
        this.type = type;
    }

    @Override
    public RawQuery<T> bind(String name, @Nullable Object value) {
        return new DefaultRawQuery<>(engine, sql.bind(name, value), type);
    }

    @Override
    public RawQuery<T> bindNull(String name, Class<?> valueType) {
        return new DefaultRawQuery<>(engine, sql.bindNull(name, valueType), type);
    }

    @Override
    public Flux<T> fetch() {
        return Mono.fromSupplier(this::rows).flatMapMany(sql::mapPerShape);
    }

    @Override
    public Mono<T> one() {
        return fetch().take(2).collectList().flatMap(found -> {
            if (found.size() > 1) {
                return Mono.error(new NonUniqueResultException("Expected at most one " + type.getSimpleName()
                        + " but the statement selects several. Narrow its WHERE clause, or LIMIT it.", sql.text()));
            }
            return Mono.justOrEmpty(found.isEmpty() ? null : found.get(0));
        });
    }

    /** Entity ({@code @Table}), record, or else one column read as the type. */
    private RowMapperFactory<T> rows() {
        if (type.isAnnotationPresent(Table.class)) {
            return EntityRows.byName(engine.mapping().entity(type));
        }
        if (type.isRecord()) {
            return new RecordRows<>(type, engine.mapping().namingStrategy());
        }
        return shape -> {
            if (shape.size() != 1) {
                throw new ResultMappingException(type.getSimpleName() + " is neither an entity (@Table) nor a record,"
                        + " so the result must have one column to read as it, but it has " + shape.columnNames()
                        + ". Map the rows to a record, or select one column.");
            }
            Class<?> boxed = MethodType.methodType(type).wrap().returnType();
            return row -> scalar(RecordRows.read(row, 0, boxed));
        };
    }

    @SuppressWarnings("unchecked")
    private T scalar(@Nullable Object value) {
        return (T) value;
    }

    @Override
    public String sql() {
        return sql.text();
    }

    @Override
    public String toString() {
        return "RawQuery[" + type.getSimpleName() + ": " + sql.text() + "]";
    }
}
