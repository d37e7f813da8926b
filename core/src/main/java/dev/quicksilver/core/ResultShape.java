package dev.quicksilver.core;

import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.RowMetadata;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a result: their names and Java types, in order. Quicksilver builds one shape when
 * a result's columns are first seen and resolves column lookups against it, so rows are then read by
 * index.
 *
 * <p>Immutable and thread-safe.
 */
public final class ResultShape {

    private final List<String> columnNames;
    private final List<Class<?>> javaTypes;
    /**
     * Lower-cased name → first index, built on the first {@link #indexOf} call: most readers go by index,
     * and a shape is made per statement execution. Racy single-check: the map is immutable, so a thread
     * that sees it sees it whole, and two threads building it build equal maps.
     */
    private @Nullable Map<String, Integer> indexByName;

    private ResultShape(List<String> columnNames, List<Class<?>> javaTypes) {
        this.columnNames = List.copyOf(columnNames);
        this.javaTypes = List.copyOf(javaTypes);
    }

    private Map<String, Integer> indexByName() {
        Map<String, Integer> built = indexByName;
        if (built == null) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = columnNames.size() - 1; i >= 0; i--) {
                index.put(columnNames.get(i).toLowerCase(Locale.ROOT), i);
            }
            built = Map.copyOf(index);
            indexByName = built;
        }
        return built;
    }

    /**
     * The shape of a driver's row metadata.
     *
     * @param metadata the metadata of a result's rows
     * @return the shape
     */
    public static ResultShape of(RowMetadata metadata) {
        List<? extends ColumnMetadata> columns = metadata.getColumnMetadatas();
        String[] names = new String[columns.size()];
        Class<?>[] types = new Class<?>[columns.size()];
        for (int i = 0; i < names.length; i++) {
            ColumnMetadata column = columns.get(i);
            names[i] = column.getName();
            Class<?> javaType = column.getJavaType();
            types[i] = javaType == null ? Object.class : javaType;
        }
        return new ResultShape(List.of(names), List.of(types));
    }

    /** The number of columns. */
    public int size() {
        return columnNames.size();
    }

    /** The column names, in order, as the database reported them. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** The name of the column at an index. */
    public String columnName(int index) {
        return columnNames.get(index);
    }

    /** The Java type the driver reads the column at an index as by default. */
    public Class<?> javaType(int index) {
        return javaTypes.get(index);
    }

    /**
     * The index of a column, matched without regard to case; the first one when several share a name.
     *
     * @param columnName the column's name
     * @return its zero-based index, or -1 when the result has no such column
     */
    public int indexOf(String columnName) {
        Integer index = indexByName().get(columnName.toLowerCase(Locale.ROOT));
        return index == null ? -1 : index;
    }

    /**
     * Whether a driver's row metadata has the same column names and types as this shape, so that what
     * was resolved for this shape can be reused for it.
     *
     * @param metadata the metadata of another result
     * @return true when the columns match in order, name and type
     */
    public boolean matches(RowMetadata metadata) {
        List<? extends ColumnMetadata> columns = metadata.getColumnMetadatas();
        if (columns.size() != columnNames.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            ColumnMetadata column = columns.get(i);
            Class<?> javaType = column.getJavaType();
            if (!columnNames.get(i).equals(column.getName())
                    || !javaTypes.get(i).equals(javaType == null ? Object.class : javaType)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResultShape shape && shape.columnNames.equals(columnNames)
                && shape.javaTypes.equals(javaTypes);
    }

    @Override
    public int hashCode() {
        return columnNames.hashCode() * 31 + javaTypes.hashCode();
    }

    @Override
    public String toString() {
        return "ResultShape" + columnNames;
    }
}
