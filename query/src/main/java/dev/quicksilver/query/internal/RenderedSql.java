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
        Sql sql = database.sql(text);
        if (binds.isEmpty()) {
            return sql;
        }
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(binds.size() * 2);
        for (Bind bind : binds) {
            if (bind.value() == null) {
                sql = sql.bindNull(bind.name(), bind.type());
            } else {
                values.put(bind.name(), bind.value());
            }
        }
        return sql.bindAll(values);
    }
}
