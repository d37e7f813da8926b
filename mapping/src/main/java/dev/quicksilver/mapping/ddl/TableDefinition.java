package dev.quicksilver.mapping.ddl;

import dev.quicksilver.core.dialect.ColumnType;
import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.annotation.EnumStorage;
import dev.quicksilver.mapping.annotation.GenerationStrategy;
import dev.quicksilver.mapping.metadata.CheckMetadata;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.ForeignKeyMetadata;
import dev.quicksilver.mapping.metadata.GeneratedKey;
import dev.quicksilver.mapping.metadata.IndexMetadata;
import dev.quicksilver.mapping.metadata.JoinColumnMetadata;
import dev.quicksilver.mapping.metadata.JoinTableMetadata;
import dev.quicksilver.mapping.metadata.TableName;
import dev.quicksilver.mapping.metadata.UniqueConstraintMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table to create, whether an entity's or an association table: what {@link DdlRenderer} turns
 * into statements. Built from metadata only; no dialect here.
 */
record TableDefinition(TableName table, List<Column> columns, List<String> primaryKey,
                       List<UniqueConstraintMetadata> uniques, List<CheckMetadata> checks,
                       List<ForeignKeyMetadata> foreignKeys, List<IndexMetadata> indexes) {

    /**
     * A column to create: typed by its portable type, or by its native enum type where the dialect has
     * named enum types; defaulting to the next value of its sequence when it has one.
     */
    record Column(String name, ColumnType type, boolean nullable, @Nullable String defaultExpression,
                  boolean identity, @Nullable TableName sequence, @Nullable EnumType enumType) {
    }

    /** A native enum type: its name (in the schema of the table using it) and its labels, in order. */
    record EnumType(TableName name, List<String> labels) {
    }

    static TableDefinition of(EntityMetadata<?> entity) {
        List<Column> columns = new ArrayList<>();
        String schema = entity.table().schema();
        for (ColumnMetadata column : entity.columns()) {
            GeneratedKey generated = column.generated();
            GenerationStrategy strategy = generated == null ? null : generated.strategy();
            String sequence = generated == null ? null : generated.sequence();
            columns.add(new Column(column.name(), column.columnType(), column.nullable() && !column.isId(),
                    column.defaultExpression(), strategy == GenerationStrategy.IDENTITY,
                    strategy == GenerationStrategy.SEQUENCE && sequence != null ? new TableName(schema, sequence) : null,
                    enumType(schema, column)));
        }
        return new TableDefinition(entity.table(), columns,
                entity.idColumns().stream().map(ColumnMetadata::name).toList(), entity.uniqueConstraints(),
                entity.checks(), entity.foreignKeys(), entity.indexes());
    }

    private static @Nullable EnumType enumType(@Nullable String schema, ColumnMetadata column) {
        String name = column.nativeEnumType();
        if (column.enumStorage() != EnumStorage.NATIVE || name == null || !column.javaType().isEnum()) {
            return null;
        }
        return new EnumType(new TableName(schema, name), Arrays.stream(column.javaType().getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name()).toList());
    }

    /**
     * The association table of an owning many-to-many side: its columns typed like the keys they
     * reference, all NOT NULL, the composite key {@code <table>_pkey}, one foreign key per side
     * ({@code <table>_<columns>_fkey}, with the join table's delete action) and one index per side
     * ({@code <table>_<columns>_idx}).
     */
    static TableDefinition of(JoinTableMetadata joinTable, EntityMetadata<?> owner, EntityMetadata<?> target) {
        List<Column> columns = new ArrayList<>();
        List<ForeignKeyMetadata> foreignKeys = new ArrayList<>();
        List<IndexMetadata> indexes = new ArrayList<>();
        side(joinTable, joinTable.ownerColumns(), owner, columns, foreignKeys, indexes);
        side(joinTable, joinTable.targetColumns(), target, columns, foreignKeys, indexes);
        return new TableDefinition(joinTable.table(), columns, columns.stream().map(Column::name).toList(),
                List.of(), List.of(), foreignKeys, indexes);
    }

    private static void side(JoinTableMetadata joinTable, List<JoinColumnMetadata> joinColumns,
                             EntityMetadata<?> referenced, List<Column> columns,
                             List<ForeignKeyMetadata> foreignKeys, List<IndexMetadata> indexes) {
        List<String> names = new ArrayList<>();
        List<String> referencedNames = new ArrayList<>();
        for (JoinColumnMetadata joinColumn : joinColumns) {
            ColumnMetadata key = referenced.column(joinColumn.referencedColumn()).orElseThrow(() ->
                    new MappingException(referenced.type(), null, "has no column '" + joinColumn.referencedColumn()
                            + "', which the association table " + joinTable.table() + " references."));
            columns.add(new Column(joinColumn.column(), key.columnType(), false, null, false, null, null));
            names.add(joinColumn.column());
            referencedNames.add(key.name());
        }
        String prefix = joinTable.table().name() + "_" + String.join("_", names);
        foreignKeys.add(new ForeignKeyMetadata(prefix + "_fkey", names, referenced.table(), referencedNames,
                joinTable.onDelete()));
        indexes.add(new IndexMetadata(prefix + "_idx", names, false));
    }
}
