package dev.quicksilver.migrations.autogenerate.internal;

import dev.quicksilver.core.Row;
import dev.quicksilver.mapping.annotation.ReferentialAction;
import dev.quicksilver.migrations.autogenerate.Catalog;
import dev.quicksilver.migrations.autogenerate.CheckSchema;
import dev.quicksilver.migrations.autogenerate.ColumnDataType;
import dev.quicksilver.migrations.autogenerate.ColumnSchema;
import dev.quicksilver.migrations.autogenerate.EnumTypeSchema;
import dev.quicksilver.migrations.autogenerate.ForeignKeySchema;
import dev.quicksilver.migrations.autogenerate.IndexSchema;
import dev.quicksilver.migrations.autogenerate.KeySchema;
import dev.quicksilver.migrations.autogenerate.TableSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Catalog} from the rows of {@link CatalogQueries}, whatever the database: rows are
 * grouped per table and per constraint, columns of keys and indexes put in their positions.
 */
final class CatalogAssembler {

    private CatalogAssembler() {
    }

    /** The rows of each query, in the order of {@link CatalogQueries}' components. */
    record Rows(List<Row> tables, List<Row> columns, List<Row> keys, List<Row> foreignKeys, List<Row> indexes,
                List<Row> checks, List<Row> sequences, List<Row> enumTypes) {
    }

    static Catalog assemble(String schema, Rows rows) {
        List<String> tableNames = rows.tables().stream().map(row -> text(row, 0)).sorted().toList();
        List<TableSchema> tables = new ArrayList<>();
        for (String table : tableNames) {
            tables.add(new TableSchema(table, columns(rows.columns(), table), primaryKey(rows.keys(), table),
                    foreignKeys(rows.foreignKeys(), table), uniques(rows.keys(), table), indexes(rows.indexes(), table),
                    checks(rows.checks(), table)));
        }
        List<String> sequences = rows.sequences().stream().map(row -> text(row, 0)).sorted().toList();
        Map<String, List<Row>> labels = new TreeMap<>();
        rows.enumTypes().forEach(row -> labels.computeIfAbsent(text(row, 0), name -> new ArrayList<>()).add(row));
        List<EnumTypeSchema> enumTypes = labels.entrySet().stream().map(type -> new EnumTypeSchema(type.getKey(),
                type.getValue().stream().sorted(Comparator.comparingDouble(row -> ((Number) row.get(2)).doubleValue()))
                        .map(row -> text(row, 1)).toList())).toList();
        return new Catalog(schema, tables, sequences, enumTypes);
    }

    private static List<ColumnSchema> columns(List<Row> rows, String table) {
        return of(rows, table).sorted(Comparator.comparingInt(row -> number(row, 2))).map(row -> {
            Integer length = integer(row, 4);
            Integer precision = integer(row, 5);
            Integer scale = integer(row, 6);
            String typeName = text(row, 3);
            ColumnDataType type = length == null && precision == null && scale == null ? ColumnDataType.parse(typeName)
                    : ColumnDataType.of(typeName, length, precision, scale, false);
            return new ColumnSchema(text(row, 1), type, bool(row, 7), nullableText(row, 8), bool(row, 9));
        }).toList();
    }

    private static @Nullable KeySchema primaryKey(List<Row> rows, String table) {
        List<KeySchema> keys = keys(rows, table, "PRIMARY KEY");
        return keys.isEmpty() ? null : keys.get(0);
    }

    private static List<KeySchema> uniques(List<Row> rows, String table) {
        return keys(rows, table, "UNIQUE");
    }

    private static List<KeySchema> keys(List<Row> rows, String table, String type) {
        return grouped(of(rows, table).filter(row -> text(row, 2).equals(type)).toList(), 1, 4).entrySet().stream()
                .map(key -> new KeySchema(key.getKey(), columnsOf(key.getValue(), 3))).toList();
    }

    private static List<ForeignKeySchema> foreignKeys(List<Row> rows, String table) {
        return grouped(of(rows, table).toList(), 1, 3).entrySet().stream().map(key -> {
            List<Row> parts = key.getValue();
            Row first = parts.get(0);
            return new ForeignKeySchema(key.getKey(), columnsOf(parts, 2), text(first, 4), columnsOf(parts, 5),
                    ReferentialAction.valueOf(text(first, 6).toUpperCase(Locale.ROOT).replace(' ', '_')));
        }).toList();
    }

    private static List<IndexSchema> indexes(List<Row> rows, String table) {
        return grouped(of(rows, table).toList(), 1, 3).entrySet().stream().map(index ->
                new IndexSchema(index.getKey(), columnsOf(index.getValue(), 2), bool(index.getValue().get(0), 4)))
                .toList();
    }

    private static List<CheckSchema> checks(List<Row> rows, String table) {
        return of(rows, table).map(row -> new CheckSchema(text(row, 1), checkCondition(text(row, 2))))
                .sorted(Comparator.comparing(CheckSchema::name)).toList();
    }

    /** PostgreSQL's {@code pg_get_constraintdef} writes {@code CHECK ((x > 0))}: the condition alone. */
    static String checkCondition(String definition) {
        String condition = definition.strip();
        if (condition.regionMatches(true, 0, "CHECK", 0, 5)) {
            condition = condition.substring(5).strip();
            if (condition.startsWith("(") && condition.endsWith(")")) {
                condition = condition.substring(1, condition.length() - 1).strip();
            }
        }
        return condition;
    }

    private static java.util.stream.Stream<Row> of(List<Row> rows, String table) {
        return rows.stream().filter(row -> text(row, 0).equals(table));
    }

    /** Rows grouped by the name at {@code nameIndex}, each group sorted by the position at {@code positionIndex}. */
    private static Map<String, List<Row>> grouped(List<Row> rows, int nameIndex, int positionIndex) {
        Map<String, List<Row>> groups = new TreeMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(text(row, nameIndex), name -> new ArrayList<>()).add(row);
        }
        groups.values().forEach(group -> group.sort(Comparator.comparingInt(row -> number(row, positionIndex))));
        return groups;
    }

    private static List<String> columnsOf(List<Row> rows, int index) {
        return rows.stream().map(row -> text(row, index)).toList();
    }

    private static String text(Row row, int index) {
        return String.valueOf(row.get(index));
    }

    private static @Nullable String nullableText(Row row, int index) {
        Object value = row.get(index);
        return value == null ? null : value.toString();
    }

    private static int number(Row row, int index) {
        return ((Number) row.get(index)).intValue();
    }

    private static @Nullable Integer integer(Row row, int index) {
        Object value = row.get(index);
        return value == null ? null : Integer.valueOf(((Number) value).intValue());
    }

    private static boolean bool(Row row, int index) {
        Object value = row.get(index);
        return value instanceof Boolean flag ? flag : value != null && value.toString().equalsIgnoreCase("YES");
    }
}
