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
    private final Map<ScopeKey, Scope> scopes;

    SqlWriter(Dialect dialect, MappingContext mapping) {
        this.dialect = dialect;
        this.mapping = mapping;
        this.binds = new ArrayList<>();
        this.scopes = new LinkedHashMap<>();
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
        if (scopes.containsKey(key)) {
            throw new IllegalArgumentException(entity + " appears twice in one statement: give one of them an alias"
                    + " with as(\"…\")");
        }
        String alias = entity.alias().map(dialect::quoteIdentifier).orElse("t" + scopes.size());
        Scope scope = new Scope(alias, mapping.entity(entity.type()));
        scopes.put(key, scope);
        return scope;
    }

    /**
     * Brings an entity Quicksilver joins (join loading) into scope under the next free alias: under its
     * type, so conditions on its unaliased references resolve to it, unless that type is in scope already.
     */
    Scope enterJoined(EntityMetadata<?> metadata) {
        ScopeKey key = new ScopeKey(metadata.type(), null);
        if (scopes.containsKey(key)) {
            key = new ScopeKey(metadata.type(), "#join" + scopes.size());
        }
        Scope scope = new Scope("t" + scopes.size(), metadata);
        scopes.put(key, scope);
        return scope;
    }

    /** The scope of an entity a reference belongs to; an error naming what is in scope when absent. */
    Scope scopeOf(EntityModel<?> entity) {
        Scope scope = scopes.get(new ScopeKey(entity.type(), entity.alias().orElse(null)));
        if (scope == null) {
            throw new IllegalArgumentException("The statement refers to " + entity + ", which it does not select from"
                    + " or join (in scope: " + scopes.keySet().stream().map(key -> key.type().getSimpleName()
                    + (key.alias() == null ? "" : " " + key.alias())).toList() + "). Join it, or use the reference of"
                    + " the entity the statement selects.");
        }
        return scope;
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
     * A writer sharing this one's parameters and scopes but writing its own text: for a fragment (a value
     * marker, say) that the caller places itself. Parameters it binds belong to this writer's statement.
     */
    SqlWriter fork() {
        return new SqlWriter(this);
    }

    private SqlWriter(SqlWriter parent) {
        this.dialect = parent.dialect;
        this.mapping = parent.mapping;
        this.binds = parent.binds;
        this.scopes = parent.scopes;
    }

    RenderedSql build() {
        return new RenderedSql(sql.toString(), binds);
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
