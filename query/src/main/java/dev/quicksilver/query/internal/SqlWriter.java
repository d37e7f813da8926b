package dev.quicksilver.query.internal;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.model.EntityModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates one statement's SQL and parameters: the entities in scope and their SQL aliases,
 * quoted identifiers, and a named parameter for every value. Not thread-safe; one per rendering.
 */
final class SqlWriter {

    /** An entity in scope, by type and alias. */
    private record ScopeKey(Class<?> type, @Nullable String alias) {
    }

    /** The SQL alias and metadata of an entity in scope. */
    record Scope(String alias, EntityMetadata<?> metadata) {
    }

    private final Dialect dialect;
    private final MappingContext mapping;
    private final StringBuilder sql = new StringBuilder(256);
    private final List<Bind> binds;
    /** The entities in scope per query level: the outermost first, a subquery's last. */
    private final List<Map<ScopeKey, Scope>> frames;
    /** The next generated alias number, shared with forks. */
    private final int[] aliases;

    SqlWriter(Dialect dialect, MappingContext mapping) {
        this.dialect = dialect;
        this.mapping = mapping;
        this.binds = new ArrayList<>();
        this.frames = new ArrayList<>(List.of(new LinkedHashMap<>()));
        this.aliases = new int[1];
    }

    private SqlWriter(SqlWriter parent) {
        this.dialect = parent.dialect;
        this.mapping = parent.mapping;
        this.binds = parent.binds;
        this.frames = parent.frames;
        this.aliases = parent.aliases;
    }

    /**
     * A writer sharing this one's parameters and scopes but writing its own text: for a fragment (a value
     * marker, say) that the caller places itself. Parameters it binds belong to this writer's statement.
     */
    SqlWriter fork() {
        return new SqlWriter(this);
    }

    Dialect dialect() {
        return dialect;
    }

    MappingContext mapping() {
        return mapping;
    }

    /** Brings an entity into scope under the next free alias ({@code t0}, {@code t1}, …) or its own. */
    Scope enter(EntityModel<?> entity) {
        ScopeKey key = new ScopeKey(entity.type(), entity.alias().orElse(null));
        Map<ScopeKey, Scope> scopes = frames.get(frames.size() - 1);
        if (scopes.containsKey(key)) {
            throw new IllegalArgumentException(entity + " appears twice in one statement: give one of them an alias"
                    + " with as(\"…\")");
        }
        String alias = entity.alias().map(dialect::quoteIdentifier).orElseGet(() -> "t" + aliases[0]++);
        Scope scope = new Scope(alias, mapping.entity(entity.type()));
        scopes.put(key, scope);
        return scope;
    }

    /**
     * Brings an entity Quicksilver joins (join loading) into scope under the next free alias: under its
     * type, so conditions on its unaliased references resolve to it, unless that type is in scope already.
     */
    Scope enterJoined(EntityMetadata<?> metadata) {
        Map<ScopeKey, Scope> scopes = frames.get(frames.size() - 1);
        ScopeKey key = new ScopeKey(metadata.type(), null);
        if (scopes.containsKey(key)) {
            key = new ScopeKey(metadata.type(), "#join" + scopes.size());
        }
        Scope scope = new Scope("t" + aliases[0]++, metadata);
        scopes.put(key, scope);
        return scope;
    }

    /** The scope of an entity a reference belongs to; an error naming what is in scope when absent. */
    Scope scopeOf(EntityModel<?> entity) {
        ScopeKey wanted = new ScopeKey(entity.type(), entity.alias().orElse(null));
        Scope scope = null;
        for (int i = frames.size() - 1; i >= 0 && scope == null; i--) {
            scope = frames.get(i).get(wanted);
        }
        if (scope == null) {
            throw new IllegalArgumentException("The statement refers to " + entity + ", which it does not select from"
                    + " or join (in scope: " + frames.stream().flatMap(frame -> frame.keySet().stream())
                    .map(key -> key.type().getSimpleName() + (key.alias() == null ? "" : " " + key.alias())).toList()
                    + "). Join it, or use the reference of"
                    + " the entity the statement selects.");
        }
        return scope;
    }

    /** Opens a subquery's scope: its entities are visible to it (and its own subqueries) only. */
    void openSubquery() {
        frames.add(new LinkedHashMap<>());
    }

    /** Closes the innermost subquery's scope. */
    void closeSubquery() {
        frames.remove(frames.size() - 1);
    }

    /** A fresh alias for a table the statement adds itself (an association table): {@code j0}, {@code j1}, … */
    String internalAlias(String prefix) {
        return prefix + aliases[0]++;
    }

    SqlWriter append(String text) {
        sql.append(text);
        return this;
    }

    SqlWriter append(char c) {
        sql.append(c);
        return this;
    }

    SqlWriter identifier(String name) {
        sql.append(dialect.quoteIdentifier(name));
        return this;
    }

    /** A column of an entity in scope: {@code t0."name"}. */
    SqlWriter column(Scope scope, String columnName) {
        sql.append(scope.alias()).append('.').append(dialect.quoteIdentifier(columnName));
        return this;
    }

    /**
     * Binds a value and returns its marker; the marker is not appended.
     *
     * @param value the value in its stored type, or {@code null}
     * @param type the stored type (for a NULL)
     */
    String parameter(@Nullable Object value, Class<?> type) {
        String name = "p" + (binds.size() + 1);
        binds.add(new Bind(name, value, Objects.requireNonNull(type, "type")));
        return ":" + name;
    }

    /**
     * Binds a named parameter's slot, filled when the statement runs, and returns its marker.
     *
     * @param parameter the parameter's name
     * @param type the stored type (for a NULL)
     * @param codec the conversion of the column the value is compared with, or {@code null}
     */
    String slot(String parameter, Class<?> type, dev.quicksilver.mapping.metadata.@Nullable ColumnCodec codec) {
        String name = "p" + (binds.size() + 1);
        binds.add(new Bind(name, null, type, parameter, codec));
        return ":" + name;
    }

    RenderedSql build() {
        return new RenderedSql(sql.toString(), binds);
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
