package dev.quicksilver.mapping.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.mapping.metadata.ColumnCodec;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.BiFunction;

/**
 * The path a repository takes to store an entity and read it back, shared by the round-trip kits:
 * the table is created from {@link EntityMetadata#columns()} ({@link Dialect#typeName} of each column
 * type, quoted names); each property value is converted to its stored type (enum name or ordinal,
 * converter) and bound, or bound as a typed NULL; each column is read back with
 * {@code row.get(i, column.storedType())} and converted back.
 */
final class EntityRoundTrip {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private EntityRoundTrip() {
    }

    /** The entity's column values, in property-index order. */
    static <T> Object[] columnValues(EntityMetadata<T> metadata, T entity) {
        Object[] values = new Object[metadata.columns().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = metadata.accessor().columnValue(entity, i);
        }
        return values;
    }

    /**
     * Creates the table, inserts one row of the values, reads it back; returns Java-level values.
     *
     * @param parameter the SQL expression binding a column's value, given the column and its bind marker
     */
    static Object[] writeAndRead(Database db, EntityMetadata<?> metadata, Object[] values,
                                 BiFunction<ColumnMetadata, String, String> parameter) {
        Dialect dialect = db.dialect();
        String table = metadata.table().render(dialect);
        for (String statement : List.of("DROP TABLE IF EXISTS " + table, createTable(metadata, dialect))) {
            db.sql(statement).rowsUpdated().block(TIMEOUT);
        }
        List<ColumnMetadata> columns = metadata.columns();
        StringJoiner names = new StringJoiner(", ");
        StringJoiner markers = new StringJoiner(", ");
        for (ColumnMetadata column : columns) {
            names.add(dialect.quoteIdentifier(column.name()));
            markers.add(parameter.apply(column, ":p" + column.propertyIndex()));
        }
        var insert = db.sql("INSERT INTO " + table + " (" + names + ") VALUES (" + markers + ")");
        for (ColumnMetadata column : columns) {
            Object value = values[column.propertyIndex()];
            insert = value == null ? insert.bindNull("p" + column.propertyIndex(), column.storedType())
                    : insert.bind("p" + column.propertyIndex(), ColumnCodec.of(column).toStored(value));
        }
        assertThat(insert.rowsUpdated().block(TIMEOUT)).isEqualTo(1L);
        Object[] read = db.sql("SELECT " + names + " FROM " + table).map(row -> {
            Object[] result = new Object[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                ColumnMetadata column = columns.get(i);
                Object stored = row.get(i, column.storedType());
                result[column.propertyIndex()] = stored == null ? null : ColumnCodec.of(column).fromStored(stored);
            }
            return result;
        }).single().block(TIMEOUT);
        assertThat(read).isNotNull();
        return read;
    }

    private static String createTable(EntityMetadata<?> metadata, Dialect dialect) {
        StringJoiner definitions = new StringJoiner(", ");
        for (ColumnMetadata column : metadata.columns()) {
            definitions.add(dialect.quoteIdentifier(column.name()) + ' ' + dialect.typeName(column.columnType())
                    + (column.nullable() ? "" : " NOT NULL") + (column.isId() ? " PRIMARY KEY" : ""));
        }
        return "CREATE TABLE " + metadata.table().render(dialect) + " (" + definitions + ")";
    }
}
