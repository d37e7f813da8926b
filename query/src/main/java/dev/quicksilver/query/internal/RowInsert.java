package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.InsertStatement;
import dev.quicksilver.query.SelectQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * An insert of one row, or an upsert rendered by the dialect ({@code ON CONFLICT} on PostgreSQL,
 * {@code MERGE} on H2). {@code updates} is {@code null} for a plain insert.
 */
record RowInsert<E>(DefaultQuicksilver engine, EntityModel<E> entity, List<Assignment> values,
                    List<Column<E, ?>> keys, @Nullable List<Column<E, ?>> updates,
                    List<Column<E, ?>> selectColumns, @Nullable SelectQuery<?> rows) implements InsertStatement<E> {

    static <E> RowInsert<E> of(DefaultQuicksilver engine, EntityModel<E> entity) {
        return new RowInsert<>(engine, entity, List.of(), List.of(), null, List.of(), null);
    }

    private RowInsert<E> withUpsert(List<Column<E, ?>> newKeys, @Nullable List<Column<E, ?>> newUpdates) {
        return new RowInsert<>(engine, entity, values, newKeys, newUpdates, selectColumns, rows);
    }

    @Override
    public InsertStatement<E> select(List<? extends Column<E, ?>> columns, SelectQuery<?> query) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("select: name the columns the query's rows fill");
        }
        return new RowInsert<>(engine, entity, values, keys, updates, List.copyOf(columns),
                java.util.Objects.requireNonNull(query, "rows"));
    }

    @Override
    public <T> InsertStatement<E> value(Column<E, T> column, @Nullable T value) {
        List<Assignment> more = new ArrayList<>(values);
        more.add(Assignment.of(Objects.requireNonNull(column, "column"), value));
        return new RowInsert<>(engine, entity, List.copyOf(more), keys, updates, selectColumns, rows);
    }

    @Override
    public InsertStatement<E> onConflict(List<? extends Column<E, ?>> keyColumns) {
        if (keyColumns.isEmpty()) {
            throw new IllegalArgumentException("onConflict: name the key columns (a primary key or unique constraint)");
        }
        return withUpsert(List.copyOf(keyColumns), updates == null ? List.of() : updates);
    }

    @Override
    public InsertStatement<E> doUpdate(List<? extends Column<E, ?>> columns) {
        return withUpsert(keys, List.copyOf(columns));
    }

    @Override
    public InsertStatement<E> doNothing() {
        return withUpsert(keys, List.of());
    }

    @Override
    public Mono<Long> execute() {
        return Mono.fromSupplier(this::render).flatMap(sql -> sql.prepare(engine.database()).rowsUpdated());
    }

    @Override
    public String sql() {
        return render().text();
    }

    private RenderedSql render() {
        if (rows != null) {
            return renderSelect(rows);
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("INSERT into " + entity.type().getSimpleName()
                    + " has no values: call value(column, value) for each column to insert.");
        }
        SqlWriter out = new SqlWriter(engine.database().dialect(), engine.mapping());
        SqlWriter.Scope scope = out.enter(entity);
        String table = scope.metadata().table().render(out.dialect());
        List<String> columns = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        for (Assignment assignment : values) {
            ColumnMetadata column = assignment.column().resolve(scope.metadata());
            columns.add(out.dialect().quoteIdentifier(column.name()));
            SqlWriter value = out.fork();
            assignment.renderValue(column, value);
            markers.add(value.toString());
        }
        if (updates == null) {
            return out.append("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns))
                    .append(") VALUES (").append(String.join(", ", markers)).append(')').build();
        }
        List<String> keyNames = keys.stream().map(key -> out.dialect().quoteIdentifier(key.resolve(scope.metadata())
                .name())).toList();
        List<String> updateNames = updates.stream().map(column -> out.dialect().quoteIdentifier(column.resolve(
                scope.metadata()).name())).toList();
        for (String key : keyNames) {
            if (!columns.contains(key)) {
                throw new IllegalStateException("The upsert into " + entity.type().getSimpleName() + " is keyed by " + key
                        + " but gives it no value: add value(…) for every key column.");
            }
        }
        return out.append(out.dialect().upsert(table, columns, keyNames, updateNames, markers)).build();
    }

    private RenderedSql renderSelect(SelectQuery<?> query) {
        if (!values.isEmpty() || updates != null) {
            throw new IllegalStateException("INSERT into " + entity.type().getSimpleName() + " from a query takes its"
                    + " values from the query alone and is no upsert: drop value(…) and onConflict(…).");
        }
        SqlWriter out = new SqlWriter(engine.database().dialect(), engine.mapping());
        SqlWriter.Scope scope = out.enter(entity);
        out.append("INSERT INTO ").append(scope.metadata().table().render(out.dialect())).append(" (");
        for (int i = 0; i < selectColumns.size(); i++) {
            out.append(i == 0 ? "" : ", ").identifier(selectColumns.get(i).resolve(scope.metadata()).name());
        }
        out.append(") ");
        ProjectionRenderer.insertSource(query, out);
        return out.build();
    }
}
