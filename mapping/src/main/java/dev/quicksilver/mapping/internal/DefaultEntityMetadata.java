package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.metadata.CheckMetadata;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.EntityValidator;
import dev.quicksilver.mapping.metadata.ForeignKeyMetadata;
import dev.quicksilver.mapping.metadata.IndexMetadata;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import dev.quicksilver.mapping.metadata.TableName;
import dev.quicksilver.mapping.metadata.UniqueConstraintMetadata;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The immutable metadata of one entity, frozen from its {@link EntityDraft}. */
final class DefaultEntityMetadata<T> implements EntityMetadata<T> {

    private final Class<T> type;
    private final TableName table;
    private final List<ColumnMetadata> columns;
    private final List<ColumnMetadata> idColumns;
    private final Optional<ColumnMetadata> versionColumn;
    private final List<RelationshipMetadata> relationships;
    private final List<ForeignKeyMetadata> foreignKeys;
    private final List<IndexMetadata> indexes;
    private final List<UniqueConstraintMetadata> uniqueConstraints;
    private final List<CheckMetadata> checks;
    private final EntityAccessor<T> accessor;
    private final EntityValidator<T> validator;
    private final Map<String, ColumnMetadata> byProperty = new HashMap<>();
    private final Map<String, ColumnMetadata> byName = new HashMap<>();

    DefaultEntityMetadata(Class<T> type, EntityDraft draft, EntityAccessor<T> accessor) {
        this.type = type;
        this.table = draft.table;
        this.columns = draft.columns.stream().map(ColumnDraft::freeze).toList();
        this.idColumns = columns.stream().filter(ColumnMetadata::isId)
                .sorted(Comparator.comparingInt(ColumnMetadata::keyPosition)).toList();
        this.versionColumn = columns.stream().filter(ColumnMetadata::version).findFirst();
        this.relationships = List.copyOf(draft.relationships);
        this.foreignKeys = List.copyOf(draft.foreignKeys);
        this.indexes = List.copyOf(draft.indexes);
        this.uniqueConstraints = List.copyOf(draft.uniques);
        this.checks = List.copyOf(draft.checks);
        this.accessor = accessor;
        this.validator = new DefaultEntityValidator<>(type, columns, accessor);
        for (ColumnMetadata column : columns) {
            if (column.foreignKeyOf() == null || !column.propertyPath().equals(column.foreignKeyOf())) {
                byProperty.put(column.propertyPath(), column);
            }
            byName.put(column.name().toLowerCase(Locale.ROOT), column);
        }
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public TableName table() {
        return table;
    }

    @Override
    public List<ColumnMetadata> columns() {
        return columns;
    }

    @Override
    public List<ColumnMetadata> idColumns() {
        return idColumns;
    }

    @Override
    public Optional<ColumnMetadata> versionColumn() {
        return versionColumn;
    }

    @Override
    public List<RelationshipMetadata> relationships() {
        return relationships;
    }

    @Override
    public List<ForeignKeyMetadata> foreignKeys() {
        return foreignKeys;
    }

    @Override
    public List<IndexMetadata> indexes() {
        return indexes;
    }

    @Override
    public List<UniqueConstraintMetadata> uniqueConstraints() {
        return uniqueConstraints;
    }

    @Override
    public List<CheckMetadata> checks() {
        return checks;
    }

    @Override
    public EntityAccessor<T> accessor() {
        return accessor;
    }

    @Override
    public EntityValidator<T> validator() {
        return validator;
    }

    @Override
    public Optional<ColumnMetadata> columnOfProperty(String propertyPath) {
        return Optional.ofNullable(byProperty.get(propertyPath));
    }

    @Override
    public Optional<ColumnMetadata> column(String columnName) {
        return Optional.ofNullable(byName.get(columnName.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<RelationshipMetadata> relationship(String property) {
        return relationships.stream().filter(relationship -> relationship.property().equals(property)).findFirst();
    }

    @Override
    public String toString() {
        return "EntityMetadata[" + type.getName() + " → " + table + ", columns=" + columns.stream()
                .map(ColumnMetadata::name).toList() + ", relationships=" + relationships.stream()
                .map(RelationshipMetadata::property).toList() + ']';
    }
}
