package dev.quicksilver.mapping.ddl;

import dev.quicksilver.core.dialect.ColumnType;
import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.annotation.GenerationStrategy;
import dev.quicksilver.mapping.metadata.CheckMetadata;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.ForeignKeyMetadata;
import dev.quicksilver.mapping.metadata.IndexMetadata;
import dev.quicksilver.mapping.metadata.JoinColumnMetadata;
import dev.quicksilver.mapping.metadata.JoinTableMetadata;
import dev.quicksilver.mapping.metadata.TableName;
import dev.quicksilver.mapping.metadata.UniqueConstraintMetadata;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table to create, whether an entity's or an association table: what {@link DdlRenderer} turns
 * into statements. Built from metadata only; no dialect here.
 */
record TableDefinition(TableName table, List<Column> columns, List<String> primaryKey,
                       List<UniqueConstraintMetadata> uniques, List<CheckMetadata> checks,
                       List<ForeignKeyMetadata> foreignKeys, List<IndexMetadata> indexes) {

    /** A column to create. */
    record Column(String name, ColumnType type, boolean nullable, @Nullable String defaultExpression,
                  boolean identity, @Nullable String sequence) {
    }

    static TableDefinition of(EntityMetadata<?> entity) {
        List<Column> columns = new ArrayList<>();
        for (ColumnMetadata column : entity.columns()) {
            GenerationStrategy strategy = column.generated() == null ? null : column.generated().strategy();
            columns.add(new Column(column.name(), column.columnType(), column.nullable() && !column.isId(),
                    column.defaultExpression(), strategy == GenerationStrategy.IDENTITY,
                    strategy == GenerationStrategy.SEQUENCE ? column.generated().sequence() : null));
        }
        return new TableDefinition(entity.table(), columns,
                entity.idColumns().stream().map(ColumnMetadata::name).toList(), entity.uniqueConstraints(),
                entity.checks(), entity.foreignKeys(), entity.indexes());
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
            columns.add(new Column(joinColumn.column(), key.columnType(), false, null, false, null));
            names.add(joinColumn.column());
            referencedNames.add(key.name());
        }
        String prefix = joinTable.table().name() + "_" + String.join("_", names);
        foreignKeys.add(new ForeignKeyMetadata(prefix + "_fkey", names, referenced.table(), referencedNames,
                joinTable.onDelete()));
        indexes.add(new IndexMetadata(prefix + "_idx", names, false));
    }
}
