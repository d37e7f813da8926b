package dev.quicksilver.query.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.Sql;
import java.util.List;

/**
 * SQL text with named parameters ({@code :p1}, {@code :p2}, …) and their values. The text depends only
 * on the statement's shape, never on a value, so core's per-text parse cache stays small.
 *
 * @param text the SQL
 * @param binds the parameters
 */
record RenderedSql(String text, List<Bind> binds) {

    RenderedSql {
        binds = List.copyOf(binds);
    }

    /** The statement on a database, every parameter bound. */
    Sql prepare(Database database) {
        return prepare(database, java.util.Map.of());
    }

    /**
     * The statement on a database with its named parameters' values ({@link Bind#parameter()} slots),
     * converted as their columns store them.
     *
     * @throws IllegalStateException when a parameter has no value or a value names no parameter
     */
    Sql prepare(Database database, java.util.Map<String, ?> parameters) {
        Sql sql = database.sql(text);
        if (binds.isEmpty() && parameters.isEmpty()) {
            return sql;
        }
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(binds.size() * 2);
        int slots = 0;
        for (Bind bind : binds) {
            Object value = bind.value();
            if (bind.parameter() != null) {
                slots++;
                if (!parameters.containsKey(bind.parameter())) {
                    throw new IllegalStateException("The query's parameter :" + bind.parameter() + " has no value: call"
                            + " bind(\"" + bind.parameter() + "\", value) before running it.");
                }
                Object given = parameters.get(bind.parameter());
                value = given == null || bind.codec() == null ? given : bind.codec().toStored(given);
            }
            if (value == null) {
                sql = sql.bindNull(bind.name(), bind.type());
            } else {
                values.put(bind.name(), value);
            }
        }
        if (!parameters.isEmpty() && parameterNames().size() < parameters.size()) {
            java.util.Set<String> unknown = new java.util.TreeSet<>(parameters.keySet());
            unknown.removeAll(parameterNames());
            java.util.Set<String> named = new java.util.TreeSet<>(parameterNames());
            named.removeIf(name -> name.startsWith(StatementShapes.VALUE_PREFIX));
            throw new IllegalStateException("Values were bound to " + unknown + ", which the query has no parameter for;"
                    + " its parameters are " + named + ".");
        }
        return slots == 0 && values.isEmpty() ? sql : sql.bindAll(values);
    }

    private java.util.Set<String> parameterNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Bind bind : binds) {
            if (bind.parameter() != null) {
                names.add(bind.parameter());
            }
        }
        return names;
    }
}
