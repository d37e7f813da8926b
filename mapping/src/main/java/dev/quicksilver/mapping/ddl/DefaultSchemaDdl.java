package dev.quicksilver.mapping.ddl;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.exception.UnsupportedFeatureException;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.ForeignKeyMetadata;
import dev.quicksilver.mapping.metadata.IndexMetadata;
import dev.quicksilver.mapping.metadata.RelationshipKind;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import dev.quicksilver.mapping.metadata.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Orders the statements: sequences, enum types, tables, association tables, foreign keys, indexes. */
final class DefaultSchemaDdl implements SchemaDdl {

    private final MappingContext mapping;
    private final Dialect dialect;
    private final DdlRenderer renderer;

    DefaultSchemaDdl(MappingContext mapping, Dialect dialect) {
        this.mapping = mapping;
        this.dialect = dialect;
        this.renderer = new DdlRenderer(dialect);
    }

    @Override
    public List<String> create(List<Class<?>> entities) {
        List<TableDefinition> entityTables = new ArrayList<>();
        List<TableDefinition> joinTables = new ArrayList<>();
        Set<TableName> sequences = new LinkedHashSet<>();
        Map<TableName, TableDefinition.EnumType> enumTypes = new LinkedHashMap<>();
        read(entities, entityTables, joinTables, sequences, enumTypes);
        List<TableDefinition> tables = new ArrayList<>(entityTables);
        tables.addAll(joinTables);

        List<String> statements = new ArrayList<>();
        sequences.forEach(sequence -> statements.add(renderer.createSequence(sequence)));
        enumTypes.values().forEach(type -> statements.add(renderer.createEnumType(type)));
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
        Map<TableName, TableDefinition.EnumType> enumTypes = new LinkedHashMap<>();
        read(entities, entityTables, joinTables, sequences, enumTypes);
        List<String> statements = new ArrayList<>();
        joinTables.forEach(table -> statements.add(renderer.dropTable(table.table())));
        for (int i = entityTables.size() - 1; i >= 0; i--) {
            statements.add(renderer.dropTable(entityTables.get(i).table()));
        }
        sequences.forEach(sequence -> statements.add(renderer.dropSequence(sequence)));
        enumTypes.values().forEach(type -> statements.add(renderer.dropEnumType(type)));
        return List.copyOf(statements);
    }

    @Override
    public List<TableDefinition> tables(List<Class<?>> entities) {
        List<TableDefinition> tables = new ArrayList<>();
        List<TableDefinition> joinTables = new ArrayList<>();
        read(entities, tables, joinTables, new LinkedHashSet<>(), new LinkedHashMap<>());
        tables.addAll(joinTables);
        return List.copyOf(tables);
    }

    @Override
    public String typeName(TableDefinition.Column column) {
        return renderer.typeName(column);
    }

    @Override
    public @Nullable String defaultExpression(TableDefinition.Column column) {
        return renderer.defaultExpression(column);
    }

    private void read(List<Class<?>> entities, List<TableDefinition> entityTables, List<TableDefinition> joinTables,
                      Set<TableName> sequences, Map<TableName, TableDefinition.EnumType> enumTypes) {
        Set<TableName> seenJoinTables = new LinkedHashSet<>();
        for (Class<?> type : Objects.requireNonNull(entities, "entities")) {
            EntityMetadata<?> entity = mapping.entity(type);
            TableDefinition table = TableDefinition.of(entity);
            entityTables.add(table);
            for (ColumnMetadata metadata : entity.columns()) {
                checkType(entity, metadata);
            }
            for (TableDefinition.Column column : table.columns()) {
                TableName sequence = column.sequence();
                if (sequence != null) {
                    sequences.add(sequence);
                }
                TableDefinition.EnumType enumType = column.enumType();
                if (enumType != null && dialect.supportsEnumTypes()) {
                    TableDefinition.EnumType known = enumTypes.putIfAbsent(enumType.name(), enumType);
                    if (known != null && !known.labels().equals(enumType.labels())) {
                        throw new MappingException(type, column.name(), "uses the native enum type " + enumType.name()
                                + " with the labels " + enumType.labels() + ", but another property uses it with "
                                + known.labels() + ". Give one of them another @Enumerated(nativeType = …).");
                    }
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

    /** Fails early, naming the property, when the dialect has no column type for a column (arrays on H2). */
    private void checkType(EntityMetadata<?> entity, ColumnMetadata column) {
        try {
            dialect.typeName(column.columnType());
        } catch (UnsupportedFeatureException unsupported) {
            throw new MappingException(entity.type(), column.propertyPath(), "cannot be stored: "
                    + unsupported.getMessage());
        }
    }
}
