package dev.quicksilver.mapping.kit;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.Row;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The structure of the current schema as the database's catalog reports it, each part described as a
 * sorted list of lower-case lines, so that two schemas compare with {@code equals} and differ
 * readably. Names are lower-cased: a quoted {@code "album"} and H2's unquoted {@code ALBUM} are the
 * same table here.
 *
 * @param tables "table"
 * @param columns "table.column #position type length precision scale nullability"
 * @param keys "table constraint PRIMARY KEY|UNIQUE (columns)"
 * @param foreignKeys "table constraint (columns) -> table (columns) ON DELETE rule"
 * @param indexes "table index [unique] (columns)", indexes that back no constraint
 */
record SchemaCatalog(List<String> tables, List<String> columns, List<String> keys, List<String> foreignKeys,
                     List<String> indexes) {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final String TABLES = "SELECT table_name FROM information_schema.tables"
            + " WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'";

    private static final String COLUMNS = "SELECT table_name, column_name, ordinal_position, data_type,"
            + " character_maximum_length, numeric_precision, numeric_scale, is_nullable"
            + " FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA";

    private static final String KEYS = "SELECT tc.table_name, tc.constraint_name, tc.constraint_type,"
            + " kcu.column_name, kcu.ordinal_position"
            + " FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu"
            + " ON kcu.constraint_schema = tc.constraint_schema AND kcu.constraint_name = tc.constraint_name"
            + " AND kcu.table_name = tc.table_name"
            + " WHERE tc.table_schema = CURRENT_SCHEMA AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE')";

    private static final String FOREIGN_KEYS = "SELECT kcu.table_name, rc.constraint_name, kcu.column_name,"
            + " kcu.ordinal_position, ref.table_name, ref.column_name, rc.delete_rule"
            + " FROM information_schema.referential_constraints rc"
            + " JOIN information_schema.key_column_usage kcu ON kcu.constraint_schema = rc.constraint_schema"
            + " AND kcu.constraint_name = rc.constraint_name"
            + " JOIN information_schema.key_column_usage ref ON ref.constraint_schema = rc.unique_constraint_schema"
            + " AND ref.constraint_name = rc.unique_constraint_name"
            + " AND ref.ordinal_position = kcu.position_in_unique_constraint"
            + " WHERE rc.constraint_schema = CURRENT_SCHEMA";

    /**
     * Reads the catalog of a database's current schema.
     *
     * @param db the database
     * @param indexQuery the dialect's index query: rows of (table, index, column, position, unique) for
     *                   the indexes of the current schema that back no constraint
     */
    static SchemaCatalog read(Database db, String indexQuery) {
        List<String> tables = query(db, TABLES).stream().map(row -> text(row, 0)).sorted().toList();
        List<String> columns = query(db, COLUMNS).stream().map(row -> text(row, 0) + "." + text(row, 1)
                + " #" + text(row, 2) + " " + text(row, 3) + " " + text(row, 4) + " " + text(row, 5) + " "
                + text(row, 6) + " nullable=" + text(row, 7)).sorted().toList();
        List<String> keys = grouped(query(db, KEYS), row -> text(row, 0) + " " + text(row, 1) + " " + text(row, 2),
                3, 4);
        List<String> foreignKeys = grouped(query(db, FOREIGN_KEYS), row -> text(row, 0) + " " + text(row, 1),
                2, 3);
        // the referenced side and rule, once per foreign key, joined back on the key's description
        Map<String, String> references = query(db, FOREIGN_KEYS).stream().collect(Collectors.groupingBy(
                row -> text(row, 0) + " " + text(row, 1), TreeMap::new, Collectors.collectingAndThen(
                        Collectors.toList(), rows -> " -> " + text(rows.get(0), 4) + " ("
                                + rows.stream().sorted((a, b) -> Integer.compare(number(a, 3), number(b, 3)))
                                .map(row -> text(row, 5)).collect(Collectors.joining(", "))
                                + ") ON DELETE " + text(rows.get(0), 6))));
        List<String> described = foreignKeys.stream()
                .map(key -> key + references.get(key.substring(0, key.indexOf(" (")))).toList();
        List<String> indexes = grouped(query(db, indexQuery),
                row -> text(row, 0) + " " + text(row, 1) + (Boolean.parseBoolean(text(row, 4)) ? " unique" : ""),
                2, 3);
        return new SchemaCatalog(tables, columns, keys, described, indexes);
    }

    private static List<Row> query(Database db, String sql) {
        return db.sql(sql).fetch().collectList().block(TIMEOUT);
    }

    /** "head (c1, c2)": one line per head, its columns in position order. */
    private static List<String> grouped(List<Row> rows, Function<Row, String> head, int column, int position) {
        Map<String, SortedMap<Integer, String>> groups = new TreeMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(head.apply(row), key -> new TreeMap<>()).put(number(row, position), text(row, column));
        }
        return groups.entrySet().stream()
                .map(group -> group.getKey() + " (" + String.join(", ", group.getValue().values()) + ")")
                .sorted().toList();
    }

    private static String text(Row row, int index) {
        return String.valueOf(row.get(index)).toLowerCase(Locale.ROOT);
    }

    private static int number(Row row, int index) {
        return ((Number) row.get(index)).intValue();
    }
}
