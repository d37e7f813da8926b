package dev.quicksilver.mapping.ddl;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.ForeignKeyMetadata;
import dev.quicksilver.mapping.metadata.IndexMetadata;
import dev.quicksilver.mapping.metadata.RelationshipKind;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import dev.quicksilver.mapping.metadata.TableName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Orders the statements: sequences, tables, association tables, foreign keys, indexes. */
final class DefaultSchemaDdl implements SchemaDdl {

    private final MappingContext mapping;
    private final DdlRenderer renderer;

    DefaultSchemaDdl(MappingContext mapping, Dialect dialect) {
        this.mapping = mapping;
        this.renderer = new DdlRenderer(dialect);
    }

    @Override
    public List<String> create(List<Class<?>> entities) {
        List<TableDefinition> entityTables = new ArrayList<>();
        List<TableDefinition> joinTables = new ArrayList<>();
        Set<TableName> sequences = new LinkedHashSet<>();
        read(entities, entityTables, joinTables, sequences);
        List<TableDefinition> tables = new ArrayList<>(entityTables);
        tables.addAll(joinTables);

        List<String> statements = new ArrayList<>();
        sequences.forEach(sequence -> statements.add(renderer.createSequence(sequence)));
        tables.forEach(table -> statements.add(renderer.createTable(table)));
        for (TableDefinition table : tables) {
            for (ForeignKeyMetadata foreignKey : table.foreignKeys()) {
                statements.add(renderer.foreignKey(table.table(), foreignKey));
            }
        }
        for (TableDefinition table : tables) {
            for (IndexMetadata index : table.indexes()) {
                statements.add(renderer.createIndex(table.table(), index));
            }
        }
        return List.copyOf(statements);
    }

    @Override
    public List<String> drop(List<Class<?>> entities) {
        List<TableDefinition> entityTables = new ArrayList<>();
        List<TableDefinition> joinTables = new ArrayList<>();
        Set<TableName> sequences = new LinkedHashSet<>();
        read(entities, entityTables, joinTables, sequences);
        List<String> statements = new ArrayList<>();
        joinTables.forEach(table -> statements.add(renderer.dropTable(table.table())));
        for (int i = entityTables.size() - 1; i >= 0; i--) {
            statements.add(renderer.dropTable(entityTables.get(i).table()));
        }
        sequences.forEach(sequence -> statements.add(renderer.dropSequence(sequence)));
        return List.copyOf(statements);
    }

    private void read(List<Class<?>> entities, List<TableDefinition> entityTables, List<TableDefinition> joinTables,
                      Set<TableName> sequences) {
        Set<TableName> seenJoinTables = new LinkedHashSet<>();
        for (Class<?> type : Objects.requireNonNull(entities, "entities")) {
            EntityMetadata<?> entity = mapping.entity(type);
            TableDefinition table = TableDefinition.of(entity);
            entityTables.add(table);
            for (TableDefinition.Column column : table.columns()) {
                if (column.sequence() != null) {
                    sequences.add(new TableName(entity.table().schema(), column.sequence()));
                }
            }
            for (RelationshipMetadata relationship : entity.relationships()) {
                if (relationship.kind() == RelationshipKind.MANY_TO_MANY && relationship.joinTable() != null
                        && seenJoinTables.add(relationship.joinTable().table())) {
                    joinTables.add(TableDefinition.of(relationship.joinTable(), entity,
                            mapping.entity(relationship.target())));
                }
            }
        }
    }
}
