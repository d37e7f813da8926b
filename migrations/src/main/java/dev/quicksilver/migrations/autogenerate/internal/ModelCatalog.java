package dev.quicksilver.migrations.autogenerate.internal;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import dev.quicksilver.mapping.ddl.TableDefinition;
import dev.quicksilver.mapping.metadata.TableName;
import dev.quicksilver.migrations.autogenerate.Catalog;
import dev.quicksilver.migrations.autogenerate.CheckSchema;
import dev.quicksilver.migrations.autogenerate.ColumnDataType;
import dev.quicksilver.migrations.autogenerate.ColumnSchema;
import dev.quicksilver.migrations.autogenerate.EnumTypeSchema;
import dev.quicksilver.migrations.autogenerate.ForeignKeySchema;
import dev.quicksilver.migrations.autogenerate.IndexSchema;
import dev.quicksilver.migrations.autogenerate.KeySchema;
import dev.quicksilver.migrations.autogenerate.TableSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The catalog a set of entities describes, from mapping's own DDL knowledge ({@link SchemaDdl#tables},
 * {@link SchemaDdl#typeName}, {@link SchemaDdl#defaultExpression}), so a column is typed and defaulted
 * exactly as {@code SchemaDdl.create} would create it on the dialect; constraint names are mapping's
 * ({@code <table>_pkey}, {@code _fkey}, {@code _key}, {@code _idx}).
 */
final class ModelCatalog {

    private ModelCatalog() {
    }

    static Catalog of(MappingContext mapping, Dialect dialect, List<Class<?>> entities) {
        SchemaDdl ddl = SchemaDdl.of(mapping, dialect);
        List<TableDefinition> definitions = ddl.tables(entities);
        Set<String> sequences = new TreeSet<>();
        Map<String, EnumTypeSchema> enumTypes = new TreeMap<>();
        for (TableDefinition table : definitions) {
            for (TableDefinition.Column column : table.columns()) {
                TableName sequence = column.sequence();
                TableDefinition.EnumType enumType = column.enumType();
                if (sequence != null && !column.identity()) {
                    sequences.add(sequence.name());
                }
                if (enumType != null && dialect.supportsEnumTypes()) {
                    enumTypes.put(enumType.name().name(), new EnumTypeSchema(enumType.name().name(), enumType.labels()));
                }
            }
        }
        return new Catalog(null, definitions.stream().map(table -> table(ddl, table)).toList(), List.copyOf(sequences),
                List.copyOf(enumTypes.values()));
    }

    private static TableSchema table(SchemaDdl ddl, TableDefinition table) {
        String name = table.table().name();
        List<ColumnSchema> columns = table.columns().stream().map(column -> new ColumnSchema(column.name(),
                ColumnDataType.parse(ddl.typeName(column)), column.nullable(), ddl.defaultExpression(column),
                column.identity())).toList();
        KeySchema primaryKey = table.primaryKey().isEmpty() ? null : new KeySchema(name + "_pkey", table.primaryKey());
        return new TableSchema(name, columns, primaryKey,
                table.foreignKeys().stream().map(key -> new ForeignKeySchema(key.name(), key.columns(),
                        key.referencedTable().name(), key.referencedColumns(), key.onDelete())).toList(),
                table.uniques().stream().map(unique -> new KeySchema(unique.name(), unique.columns())).toList(),
                table.indexes().stream().map(index -> new IndexSchema(index.name(), index.columns(), index.unique()))
                        .toList(),
                table.checks().stream().map(check -> new CheckSchema(check.name(), check.rawSql())).toList());
    }
}
