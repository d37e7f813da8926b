package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Expression;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A common table expression, {@code WITH name(columns) AS (query)}, attached to a query with
 * {@link SelectQuery#with}. A recursive one ({@code WITH RECURSIVE}) is declared first, by name and
 * columns, so that its body can refer to its own columns; then {@link #as} gives it the body, usually
 * {@code anchor.unionAll(step)}:
 *
 * <pre>{@code
 * CommonTable chain = CommonTable.recursive("chain", "employee_id", "depth");
 * chain = chain.as(qs.select(EMPLOYEE.EMPLOYEE_ID, value(0)).from(EMPLOYEE).where(…)
 *     .unionAll(qs.select(E.EMPLOYEE_ID, chain.column("depth", Integer.class).plus(1)).from(E).join(chain).on(…)));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the table's name
 * @param columns the declared column names (empty: named as a {@link DerivedTable}'s are)
 * @param body the query, or {@code null} until {@link #as} is called
 * @param recursive whether it is rendered with {@code WITH RECURSIVE}
 */
public record CommonTable(String name, List<String> columns, @Nullable SelectQuery<?> body, boolean recursive)
        implements QueryTable {

    /** Checks the names and copies the list. */
    public CommonTable {
        DerivedTable.checkIdentifier(name, "name");
        columns = List.copyOf(columns);
        columns.forEach(column -> DerivedTable.checkIdentifier(column, "column"));
    }

    /**
     * A common table whose columns are named by its query's selection.
     *
     * @param name the table's name
     * @param body the query
     * @return the table
     */
    public static CommonTable of(String name, SelectQuery<?> body) {
        return new CommonTable(name, List.of(), Objects.requireNonNull(body, "body"), false);
    }

    /**
     * A recursive common table, declared by name and columns; give it its body with {@link #as}.
     *
     * @param name the table's name
     * @param columns its column names, one per column of the body's selection
     * @return the table, without a body yet
     */
    public static CommonTable recursive(String name, String... columns) {
        return new CommonTable(name, List.of(columns), null, true);
    }

    /**
     * This table with its query.
     *
     * @param query the body; for a recursive table, usually {@code anchor.unionAll(step)}
     * @return the table
     */
    public CommonTable as(SelectQuery<?> query) {
        return new CommonTable(name, columns, Objects.requireNonNull(query, "query"), recursive);
    }

    /** The name of the body's column at {@code index}. */
    public String columnName(int index) {
        if (!columns.isEmpty()) {
            return columns.get(index);
        }
        return DerivedTable.columnName(Objects.requireNonNull(body, "body"), index);
    }

    @Override
    public <T> Expression<T> column(String column, Class<T> type) {
        return new TableColumn<>(name, DerivedTable.checkIdentifier(column, "column"), null, type);
    }

    @Override
    public <T> Expression<T> column(Expression<T> selected) {
        SelectQuery<?> query = Objects.requireNonNull(body, () -> "The common table " + name + " has no query yet:"
                + " give it one with as(query), or refer to its columns with column(name, type).");
        int index = DerivedTable.indexOf(query, selected, name);
        return new TableColumn<>(name, columnName(index), query.selection().get(index), Object.class);
    }
}
