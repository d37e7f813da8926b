package dev.quicksilver.mapping.metadata;

import dev.quicksilver.core.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * A table's name and, when declared, its schema.
 *
 * @param schema the schema, or {@code null} for the connection's default
 * @param name the table name
 */
public record TableName(@Nullable String schema, String name) {

    /** The name as SQL, quoted by the dialect, schema-qualified when a schema is declared. */
    public String render(Dialect dialect) {
        String table = dialect.quoteIdentifier(name);
        return schema == null ? table : dialect.quoteIdentifier(schema) + '.' + table;
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + '.' + name;
    }
}
