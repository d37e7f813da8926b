package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.NamingStrategy;
import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.annotation.Cascade;
import dev.quicksilver.mapping.annotation.JoinColumn;
import dev.quicksilver.mapping.annotation.JoinTable;
import dev.quicksilver.mapping.annotation.ManyToMany;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.OneToMany;
import dev.quicksilver.mapping.annotation.OneToOne;
import dev.quicksilver.mapping.annotation.ReferentialAction;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.internal.EntityDraft.PendingRelationship;
import dev.quicksilver.mapping.internal.MethodHandleAccessor.ColumnRoute;
import dev.quicksilver.mapping.metadata.ForeignKeyMetadata;
import dev.quicksilver.mapping.metadata.IndexMetadata;
import dev.quicksilver.mapping.metadata.JoinColumnMetadata;
import dev.quicksilver.mapping.metadata.JoinTableMetadata;
import dev.quicksilver.mapping.metadata.RelationshipKind;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import dev.quicksilver.mapping.metadata.TableName;
import dev.quicksilver.mapping.metadata.UniqueConstraintMetadata;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Resolves an entity's relationship properties: their targets, owning or inverse sides, foreign-key
 * columns (a column property of the same name, or one the relationship contributes), foreign keys,
 * their indexes, and association tables.
 */
final class RelationshipReader {

    private final NamingStrategy naming;
    private final EntityMetadataReader reader;
    private final DefaultMappingContext context;

    RelationshipReader(NamingStrategy naming, EntityMetadataReader reader, DefaultMappingContext context) {
        this.naming = naming;
        this.reader = reader;
        this.context = context;
    }

    void resolve(EntityDraft draft) {
        for (int index = 0; index < draft.pending.size(); index++) {
            PendingRelationship pending = draft.pending.get(index);
            Property property = pending.property();
            ManyToOne manyToOne = property.annotations().getAnnotation(ManyToOne.class);
            OneToOne oneToOne = property.annotations().getAnnotation(OneToOne.class);
            OneToMany oneToMany = property.annotations().getAnnotation(OneToMany.class);
            ManyToMany manyToMany = property.annotations().getAnnotation(ManyToMany.class);
            RelationshipMetadata relationship;
            if (manyToOne != null) {
                Class<?> target = target(draft, property, Ref.class, "@ManyToOne");
                relationship = owningToOne(draft, pending, index, RelationshipKind.MANY_TO_ONE, target,
                        manyToOne.joinColumns(), manyToOne.optional(), manyToOne.onDelete(), manyToOne.foreignKeyName(),
                        manyToOne.indexed());
            } else if (oneToOne != null) {
                Class<?> target = target(draft, property, Ref.class, "@OneToOne");
                relationship = oneToOne.mappedBy().isEmpty()
                        ? owningToOne(draft, pending, index, RelationshipKind.ONE_TO_ONE, target, oneToOne.joinColumns(),
                                oneToOne.optional(), oneToOne.onDelete(), "", true)
                        : inverse(draft, property, index, RelationshipKind.ONE_TO_ONE, target, oneToOne.mappedBy(),
                                OneToOne.class, oneToOne.optional());
            } else if (oneToMany != null) {
                Class<?> target = target(draft, property, RefList.class, "@OneToMany");
                relationship = inverse(draft, property, index, RelationshipKind.ONE_TO_MANY, target, oneToMany.mappedBy(),
                        ManyToOne.class, true);
            } else {
                Class<?> target = target(draft, property, RefList.class, "@ManyToMany");
                relationship = manyToMany.mappedBy().isEmpty()
                        ? manyToMany(draft, property, index, target, manyToMany.joinTable())
                        : inverse(draft, property, index, RelationshipKind.MANY_TO_MANY, target, manyToMany.mappedBy(),
                                ManyToMany.class, true);
            }
            Cascade[] cascade = oneToMany != null ? oneToMany.cascade() : oneToOne != null ? oneToOne.cascade()
                    : new Cascade[0];
            if (cascade.length > 0) {
                relationship = relationship.withCascade(Set.of(cascade));
            }
            draft.relationships.add(relationship);
        }
    }

    private static Class<?> target(EntityDraft draft, Property property, Class<?> holder, String annotation) {
        Type generic = property.genericType();
        if (property.type() != holder || !(generic instanceof ParameterizedType parameterized)
                || !(parameterized.getActualTypeArguments()[0] instanceof Class<?> target)) {
            throw new MappingException(draft.type, property.name(), annotation + " needs a property of type "
                    + holder.getSimpleName() + "<Target>, but it is " + generic.getTypeName() + '.');
        }
        if (!target.isAnnotationPresent(Table.class)) {
            throw new MappingException(draft.type, property.name(), annotation + " points to " + target.getName()
                    + ", which is not an entity. Annotate it with @Table, or map the property as a column.");
        }
        return target;
    }

    private RelationshipMetadata owningToOne(EntityDraft draft, PendingRelationship pending, int index,
                                             RelationshipKind kind, Class<?> target, JoinColumn[] declared,
                                             boolean optional, ReferentialAction onDelete, String foreignKeyName,
                                             boolean indexed) {
        Property property = pending.property();
        List<ColumnDraft> targetKeys = target == draft.type
                ? draft.columns.stream().filter(column -> column.keyPosition >= 0).toList()
                : reader.keyColumns(target);
        List<JoinColumnMetadata> joins = joinColumns(draft, property.name(), declared, targetKeys,
                naming.columnName(property.name()));
        for (int i = 0; i < joins.size(); i++) {
            JoinColumnMetadata join = joins.get(i);
            ColumnDraft existing = draft.column(join.column());
            if (existing != null) {
                existing.foreignKeyOf = property.name();
                continue;
            }
            ColumnDraft key = keyNamed(targetKeys, join.referencedColumn(), draft, property.name());
            ColumnDraft contributed = new ColumnDraft(join.column(), property.name(), draft.columns.size(),
                    TypeRegistry.boxed(key.javaType), key.stored, optional, false, null, -1, null, false, false, false);
            contributed.foreignKeyOf = property.name();
            Function<@Nullable Object, @Nullable Object> keyOf = keyReader(target, joins.size() == 1);
            draft.addColumn(contributed, new ColumnRoute(new int[] {pending.slotIndex()}, keyOf));
        }
        List<String> columns = joins.stream().map(JoinColumnMetadata::column).toList();
        String joined = String.join("_", columns);
        draft.foreignKeys.add(new ForeignKeyMetadata(
                foreignKeyName.isEmpty() ? draft.table.name() + "_" + joined + "_fkey" : foreignKeyName, columns,
                EntityMetadataReader.tableName(target, naming),
                joins.stream().map(JoinColumnMetadata::referencedColumn).toList(), onDelete));
        if (kind == RelationshipKind.ONE_TO_ONE) {
            draft.uniques.add(new UniqueConstraintMetadata(draft.table.name() + "_" + joined + "_key", columns));
        } else if (indexed) {
            draft.indexes.add(new IndexMetadata(draft.table.name() + "_" + joined + "_idx", columns, false));
        }
        return new RelationshipMetadata(property.name(), index, kind, target, null, joins, null, optional, onDelete);
    }

    /** Reads the key out of a {@code Ref} for a foreign-key column the relationship contributes. */
    private Function<@Nullable Object, @Nullable Object> keyReader(Class<?> target, boolean singleColumn) {
        return value -> {
            if (!(value instanceof Ref<?> ref)) {
                return null;
            }
            if (ref.key() != null || !ref.isLoaded() || !singleColumn) {
                return ref.key();
            }
            Object related = ref.get();
            return related == null ? null : idOf(target, related);
        };
    }

    @SuppressWarnings("unchecked")
    private <T> @Nullable Object idOf(Class<T> target, Object related) {
        var metadata = context.entity(target);
        return metadata.accessor().columnValue((T) related, metadata.idColumns().get(0).propertyIndex());
    }

    private List<JoinColumnMetadata> joinColumns(EntityDraft draft, String property, JoinColumn[] declared,
                                                 List<ColumnDraft> targetKeys, String prefix) {
        List<JoinColumnMetadata> joins = new ArrayList<>();
        if (declared.length == 0) {
            for (ColumnDraft key : targetKeys) {
                joins.add(new JoinColumnMetadata(defaultColumn(prefix, key.name), key.name));
            }
            return joins;
        }
        if (declared.length != targetKeys.size() && declared[0].referencedColumn().isEmpty()) {
            throw new MappingException(draft.type, property, "declares " + declared.length + " join columns, but the"
                    + " target's key has " + targetKeys.size() + "; name the referencedColumn of each.");
        }
        for (int i = 0; i < declared.length; i++) {
            String referenced = declared[i].referencedColumn().isEmpty() ? targetKeys.get(i).name
                    : declared[i].referencedColumn();
            keyNamed(targetKeys, referenced, draft, property);
            joins.add(new JoinColumnMetadata(declared[i].name().isEmpty() ? defaultColumn(prefix, referenced)
                    : declared[i].name(), referenced));
        }
        return joins;
    }

    /** {@code artist} + {@code artist_id} → {@code artist_id}; {@code owner} + {@code id} → {@code owner_id}. */
    private static String defaultColumn(String prefix, String referenced) {
        return referenced.startsWith(prefix + "_") ? referenced : prefix + "_" + referenced;
    }

    private static ColumnDraft keyNamed(List<ColumnDraft> keys, String name, EntityDraft draft, String property) {
        return keys.stream().filter(key -> key.name.equalsIgnoreCase(name)).findFirst().orElseThrow(() ->
                new MappingException(draft.type, property, "references the column '" + name + "', which is not part of"
                        + " the target's key " + keys.stream().map(key -> key.name).toList() + '.'));
    }

    private RelationshipMetadata inverse(EntityDraft draft, Property property, int index, RelationshipKind kind,
                                         Class<?> target, String mappedBy, Class<? extends Annotation> owningAnnotation,
                                         boolean optional) {
        Property owning = PropertyScanner.scan(target).stream().filter(candidate -> candidate.name().equals(mappedBy))
                .findFirst().orElse(null);
        String expected = "@" + owningAnnotation.getSimpleName() + " property of " + target.getSimpleName()
                + " that points back to " + draft.type.getSimpleName();
        if (owning == null) {
            throw new MappingException(draft.type, property.name(), "mappedBy = \"" + mappedBy + "\", but "
                    + target.getName() + " has no such property. It must name the " + expected + '.');
        }
        if (!owning.annotations().isAnnotationPresent(owningAnnotation)
                || !(owning.genericType() instanceof ParameterizedType parameterized)
                || parameterized.getActualTypeArguments()[0] != draft.type) {
            throw new MappingException(draft.type, property.name(), "mappedBy = \"" + mappedBy + "\" names "
                    + target.getSimpleName() + "." + mappedBy + ", which is not the " + expected + '.');
        }
        return new RelationshipMetadata(property.name(), index, kind, target, mappedBy, List.of(), null, optional,
                ReferentialAction.NO_ACTION);
    }

    private RelationshipMetadata manyToMany(EntityDraft draft, Property property, int index, Class<?> target,
                                            JoinTable joinTable) {
        TableName targetTable = EntityMetadataReader.tableName(target, naming);
        List<ColumnDraft> ownerKeys = draft.columns.stream().filter(column -> column.keyPosition >= 0).toList();
        List<ColumnDraft> targetKeys = target == draft.type ? ownerKeys : reader.keyColumns(target);
        List<JoinColumnMetadata> ownerColumns = joinColumns(draft, property.name(), joinTable.joinColumns(), ownerKeys,
                draft.table.name());
        List<JoinColumnMetadata> targetColumns = joinColumns(draft, property.name(), joinTable.inverseJoinColumns(),
                targetKeys, targetTable.name());
        for (JoinColumnMetadata owner : ownerColumns) {
            if (targetColumns.stream().anyMatch(other -> other.column().equalsIgnoreCase(owner.column()))) {
                throw new MappingException(draft.type, property.name(), "the association table would have two columns"
                        + " named '" + owner.column() + "'. Name them with @JoinTable(joinColumns = ...,"
                        + " inverseJoinColumns = ...).");
            }
        }
        TableName table = new TableName(draft.table.schema(), joinTable.name().isEmpty()
                ? draft.table.name() + "_" + targetTable.name() : joinTable.name());
        return new RelationshipMetadata(property.name(), index, RelationshipKind.MANY_TO_MANY, target, null, List.of(),
                new JoinTableMetadata(table, ownerColumns, targetColumns, joinTable.onDelete()), true,
                joinTable.onDelete());
    }
}
