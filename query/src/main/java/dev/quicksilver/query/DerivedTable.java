package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Aliased;
import dev.quicksilver.mapping.model.Expression;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A query used as a table: {@code FROM (SELECT …) alias}, made by {@link SelectQuery#as}. Its columns
 * are named by the aliases of the selection ({@link Expression#as}), else {@code c1}, {@code c2}, … by
 * position. Immutable and thread-safe.
 *
 * @param query the query
 * @param name the table's alias
 */
public record DerivedTable(SelectQuery<?> query, String name) implements QueryTable {

    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

    /** Checks the alias. */
    public DerivedTable {
        Objects.requireNonNull(query, "query");
        checkIdentifier(name, "alias");
    }

    static String checkIdentifier(String name, String what) {
        if (!IDENTIFIER.matcher(Objects.requireNonNull(name, what)).matches()) {
            throw new IllegalArgumentException(what + " '" + name + "' is not a plain SQL identifier: use letters,"
                    + " digits and underscores, starting with a letter, at most 63 characters");
        }
        return name;
    }

    /** The name of the query's column at {@code index}: its alias, else {@code c<index + 1>}. */
    public String columnName(int index) {
        return columnName(query, index);
    }

    static String columnName(SelectQuery<?> query, int index) {
        return query.selection().get(index) instanceof Aliased<?> aliased ? aliased.alias() : "c" + (index + 1);
    }

    @Override
    public <T> Expression<T> column(String column, Class<T> type) {
        return new TableColumn<>(name, checkIdentifier(column, "column"), null, type);
    }

    @Override
    public <T> Expression<T> column(Expression<T> selected) {
        int index = indexOf(query, selected, name);
        return new TableColumn<>(name, columnName(index), query.selection().get(index), Object.class);
    }

    static int indexOf(SelectQuery<?> query, Expression<?> selected, String table) {
        int index = query.selection().indexOf(selected);
        if (index < 0) {
            for (int i = 0; i < query.selection().size(); i++) {
                if (query.selection().get(i) instanceof Aliased<?> aliased && aliased.expression().equals(selected)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(table + " does not select " + selected + "; its columns select "
                    + query.selection() + ". Pass one of them, or name the column with column(name, type).");
        }
        return index;
    }
}
