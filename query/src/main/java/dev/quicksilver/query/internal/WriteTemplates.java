package dev.quicksilver.query.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.Sql;
import dev.quicksilver.mapping.metadata.ColumnCodec;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of entity writes, rendered through {@link SqlWriter} once per shape (entity, kind, columns) and
 * bound per entity: a session writing a thousand rows of one shape renders one text. Thread-safe.
 */
final class WriteTemplates {

    enum Kind { INSERT, UPDATE, DELETE }

    /** A statement's text and, per parameter ({@code :p1}, {@code :p2}, …), the column whose value it takes. */
    record Template(String text, List<ColumnMetadata> parameters, List<ColumnCodec> codecs) {

        /** The statement on a database with one value per parameter (Java-level, converted here). */
        Sql bind(Database database, @Nullable Object[] values) {
            return bind(database.sql(text), values);
        }

        /** The statement run once per row of values, as one batch ({@link Sql#add()}). */
        Sql bindEach(Database database, List<@Nullable Object[]> rows) {
            Sql sql = database.sql(text);
            for (int row = 0; row < rows.size(); row++) {
                sql = bind(row == 0 ? sql : sql.add(), rows.get(row));
            }
            return sql;
        }

        private Sql bind(Sql statement, @Nullable Object[] values) {
            Sql sql = statement;
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                String name = "p" + (i + 1);
                sql = value == null ? sql.bindNull(name, parameters.get(i).storedType())
                        : sql.bind(name, codecs.get(i).toStored(value));
            }
            return sql;
        }
    }

    private record Shape(EntityMetadata<?> metadata, Kind kind, List<ColumnMetadata> columns) {
    }

    private final Map<Shape, Template> cache = new ConcurrentHashMap<>();
    private final DefaultQuicksilver engine;

    WriteTemplates(DefaultQuicksilver engine) {
        this.engine = engine;
    }

    /** {@code INSERT INTO t (columns) VALUES (…)}, or {@code DEFAULT VALUES} when no column is given. */
    Template insert(EntityMetadata<?> metadata, List<ColumnMetadata> columns) {
        return cache.computeIfAbsent(new Shape(metadata, Kind.INSERT, columns), shape -> {
            SqlWriter out = writer();
            out.append("INSERT INTO ").append(metadata.table().render(out.dialect()));
            if (columns.isEmpty()) {
                return template(out.append(" DEFAULT VALUES"), columns);
            }
            for (int i = 0; i < columns.size(); i++) {
                out.append(i == 0 ? " (" : ", ").identifier(columns.get(i).name());
            }
            out.append(") VALUES (");
            for (int i = 0; i < columns.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(ExpressionRenderer.markerFor(columns.get(i), out));
            }
            return template(out.append(')'), columns);
        });
    }

    /**
     * {@code UPDATE t SET c = …, version = … WHERE id = … AND version = …}: parameters are the set columns
     * (the version last among them when versioned), then the id columns, then the expected version.
     */
    Template update(EntityMetadata<?> metadata, List<ColumnMetadata> set) {
        return cache.computeIfAbsent(new Shape(metadata, Kind.UPDATE, set), shape -> {
            SqlWriter out = writer();
            out.append("UPDATE ").append(metadata.table().render(out.dialect()));
            for (int i = 0; i < set.size(); i++) {
                ColumnMetadata column = set.get(i);
                out.append(i == 0 ? " SET " : ", ").identifier(column.name()).append(" = ")
                        .append(ExpressionRenderer.markerFor(column, out));
            }
            return template(whereIdentity(metadata, out), concat(set, identity(metadata)));
        });
    }

    /** {@code DELETE FROM t WHERE id = … AND version = …}. */
    Template delete(EntityMetadata<?> metadata) {
        return cache.computeIfAbsent(new Shape(metadata, Kind.DELETE, List.of()), shape -> {
            SqlWriter out = writer();
            out.append("DELETE FROM ").append(metadata.table().render(out.dialect()));
            return template(whereIdentity(metadata, out), identity(metadata));
        });
    }

    /** The id columns, then the version column when there is one: what identifies the row as known. */
    static List<ColumnMetadata> identity(EntityMetadata<?> metadata) {
        return metadata.versionColumn().map(version -> concat(metadata.idColumns(), List.of(version)))
                .orElse(metadata.idColumns());
    }

    private SqlWriter whereIdentity(EntityMetadata<?> metadata, SqlWriter out) {
        if (metadata.idColumns().isEmpty()) {
            throw new IllegalArgumentException(metadata.type().getSimpleName() + " has no @Id: an entity is written"
                    + " by its id. Declare one, or write by criteria (qs.update(…).where(…)).");
        }
        List<ColumnMetadata> identity = identity(metadata);
        for (int i = 0; i < identity.size(); i++) {
            out.append(i == 0 ? " WHERE " : " AND ").identifier(identity.get(i).name()).append(" = ")
                    .append(ExpressionRenderer.markerFor(identity.get(i), out));
        }
        return out;
    }

    private SqlWriter writer() {
        return new SqlWriter(engine.database().dialect(), engine.mapping());
    }

    private static Template template(SqlWriter out, List<ColumnMetadata> parameters) {
        return new Template(out.toString(), List.copyOf(parameters),
                parameters.stream().map(ColumnCodec::of).toList());
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
