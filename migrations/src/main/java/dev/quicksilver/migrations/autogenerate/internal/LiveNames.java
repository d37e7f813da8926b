package dev.quicksilver.migrations.autogenerate.internal;

import dev.quicksilver.migrations.autogenerate.Catalog;
import dev.quicksilver.migrations.autogenerate.ColumnSchema;
import dev.quicksilver.migrations.autogenerate.ForeignKeySchema;
import dev.quicksilver.migrations.autogenerate.IndexSchema;
import dev.quicksilver.migrations.autogenerate.KeySchema;
import dev.quicksilver.migrations.autogenerate.TableSchema;
import java.util.List;

/**
 * Spells the model's names of existing tables and columns as the database stores them, so that a
 * statement touching them finds them: the model's quoted lower-case {@code label} is H2's unquoted
 * {@code LABEL}. Names the database does not have (new tables and columns) stay as the model spells them.
 *
 * @param database the live catalog
 */
record LiveNames(Catalog database) {

    String table(String name) {
        return database.table(name).map(TableSchema::name).orElse(name);
    }

    List<String> columns(String table, List<String> columns) {
        return database.table(table).map(live -> columns.stream().map(column -> live.column(column)
                .map(ColumnSchema::name).orElse(column)).toList()).orElse(columns);
    }

    KeySchema key(String table, KeySchema key) {
        return new KeySchema(key.name(), columns(table, key.columns()));
    }

    IndexSchema index(String table, IndexSchema index) {
        return new IndexSchema(index.name(), columns(table, index.columns()), index.unique());
    }

    ForeignKeySchema foreignKey(String table, ForeignKeySchema key) {
        return new ForeignKeySchema(key.name(), columns(table, key.columns()), table(key.referencedTable()),
                columns(key.referencedTable(), key.referencedColumns()), key.onDelete());
    }
}
