package dev.quicksilver.migrations.autogenerate;

import org.jspecify.annotations.Nullable;

/**
 * One column of a {@link TableSchema}. Immutable and thread-safe.
 *
 * @param name the column's name
 * @param type its type, in portable form
 * @param nullable whether it takes NULL
 * @param defaultExpression its default as SQL text (as the database reports it, or as the model's DDL
 *     writes it), or {@code null}; compared after normalising casts, quotes and schema prefixes
 * @param identity whether the database generates its values (an identity column)
 */
public record ColumnSchema(String name, ColumnDataType type, boolean nullable, @Nullable String defaultExpression,
                           boolean identity) {

    /**
     * A plain column: no default, not an identity.
     *
     * @param name the column's name
     * @param type its type, e.g. {@code varchar(80)}, parsed by {@link ColumnDataType#parse(String)}
     * @param nullable whether it takes NULL
     * @return the column
     */
    public static ColumnSchema of(String name, String type, boolean nullable) {
        return new ColumnSchema(name, ColumnDataType.parse(type), nullable, null, false);
    }
}
