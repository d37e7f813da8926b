package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Expression;

/**
 * A table that is not an entity's: a derived table ({@link SelectQuery#as}) or a common table
 * ({@link CommonTable}). Hands out typed references to its columns. Immutable and thread-safe.
 */
public sealed interface QueryTable permits DerivedTable, CommonTable {

    /** The name the table is referred to by in the statement. */
    String name();

    /**
     * A column by name: an alias given with {@link Expression#as}, a common table's declared column, or
     * {@code c1}, {@code c2}, … for an unnamed selection.
     *
     * @param column the column name
     * @param type its Java type
     * @param <T> its type
     * @return the reference
     */
    <T> Expression<T> column(String column, Class<T> type);

    /**
     * The column of this table that selects {@code selected} in its query.
     *
     * @param selected an expression of the table's query's selection
     * @param <T> its type
     * @return the reference
     * @throws IllegalArgumentException when the query does not select it
     */
    <T> Expression<T> column(Expression<T> selected);
}
