package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.NamingStrategy;
import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.CreatedAt;
import dev.quicksilver.mapping.annotation.Embeddable;
import dev.quicksilver.mapping.annotation.Embedded;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.GenerationStrategy;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.ManyToMany;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.OneToMany;
import dev.quicksilver.mapping.annotation.OneToOne;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.annotation.UpdatedAt;
import dev.quicksilver.mapping.annotation.Version;
import dev.quicksilver.mapping.internal.MethodHandleAccessor.ColumnRoute;
import dev.quicksilver.mapping.internal.TypeLayout.ColumnSlot;
import dev.quicksilver.mapping.internal.TypeLayout.EmbeddedSlot;
import dev.quicksilver.mapping.internal.TypeLayout.RelationshipSlot;
import dev.quicksilver.mapping.internal.TypeLayout.Slot;
import dev.quicksilver.mapping.metadata.GeneratedKey;
import dev.quicksilver.mapping.metadata.TableName;
import java.lang.reflect.AnnotatedElement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads an entity's annotations into metadata: the table, the columns (through embedded values),
 * keys, version and timestamps; then hands relationships and constraints to their readers, and
 * builds the accessor.
 */
final class EntityMetadataReader {

    private static final Set<Class<?>> VERSION_TYPES = Set.of(int.class, Integer.class, long.class, Long.class);
    private static final Set<Class<?>> IDENTITY_TYPES = Set.of(short.class, Short.class, int.class, Integer.class,
            long.class, Long.class);
    private static final Set<Class<?>> TIMESTAMP_TYPES = Set.of(Instant.class, OffsetDateTime.class,
            LocalDateTime.class, LocalDate.class);

    private final NamingStrategy naming;
    private final TypeRegistry types;
    private final RelationshipReader relationships;

    EntityMetadataReader(NamingStrategy naming, TypeRegistry types, DefaultMappingContext context) {
        this.naming = naming;
        this.types = types;
        this.relationships = new RelationshipReader(naming, this, context);
    }

    static TableName tableName(Class<?> type, NamingStrategy naming) {
        Table table = type.getAnnotation(Table.class);
        if (table == null) {
            throw new MappingException(type, null, "is not an entity: annotate it with @Table.");
        }
        return new TableName(table.schema().isEmpty() ? null : table.schema(),
                table.name().isEmpty() ? naming.tableName(type) : table.name());
    }

    <T> DefaultEntityMetadata<T> read(Class<T> type) {
        EntityDraft draft = new EntityDraft(type, tableName(type, naming));
        TypeLayout root = layout(draft, type, "", "", new int[0], true);
        if (draft.keyCount == 0) {
            throw new MappingException(type, null, "has no @Id property. Mark the primary key with @Id (several"
                    + " properties for a composite key).");
        }
        relationships.resolve(draft);
        int[] columnPositions = draft.settleColumnOrder();
        ConstraintReader.read(draft);
        boolean[] toOne = new boolean[draft.relationships.size()];
        int[] relationshipSlots = new int[draft.relationships.size()];
        for (int i = 0; i < toOne.length; i++) {
            toOne[i] = draft.relationships.get(i).kind().isToOne();
            relationshipSlots[i] = draft.pending.get(i).slotIndex();
        }
        MethodHandleAccessor<T> accessor = new MethodHandleAccessor<>(type, root,
                draft.routes.toArray(ColumnRoute[]::new), columnPositions, relationshipSlots, toOne);
        return new DefaultEntityMetadata<>(type, draft, accessor);
    }

    private TypeLayout layout(EntityDraft draft, Class<?> type, String pathPrefix, String columnPrefix, int[] slotPrefix,
                              boolean root) {
        List<Property> properties = PropertyScanner.scan(type);
        List<Slot> slots = new ArrayList<>(properties.size());
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            String path = pathPrefix + property.name();
            int[] slotPath = append(slotPrefix, i);
            if (isRelationship(property.annotations())) {
                if (!root) {
                    throw new MappingException(draft.type, path, "relationships cannot be declared inside an embedded"
                            + " value; declare them on the entity.");
                }
                slots.add(new RelationshipSlot(property, draft.pending.size()));
                draft.pending.add(new EntityDraft.PendingRelationship(property, i));
            } else if (property.annotations().isAnnotationPresent(Embedded.class)) {
                if (!property.type().isAnnotationPresent(Embeddable.class)) {
                    throw new MappingException(draft.type, path, "is @Embedded, but its type " + property.type().getName()
                            + " is not annotated @Embeddable.");
                }
                String prefix = property.annotations().getAnnotation(Embedded.class).prefix();
                String embeddedPrefix = columnPrefix + (Embedded.PROPERTY_NAME.equals(prefix)
                        ? naming.columnName(property.name()) + "_" : prefix);
                slots.add(new EmbeddedSlot(property, layout(draft, property.type(), path + ".", embeddedPrefix, slotPath,
                        false)));
            } else {
                if (property.type() == Ref.class || property.type() == RefList.class) {
                    throw new MappingException(draft.type, path, "holds a " + property.type().getSimpleName() + " but has no"
                            + " @ManyToOne, @OneToOne, @OneToMany or @ManyToMany annotation.");
                }
                ColumnDraft column = column(draft, property, path, columnPrefix);
                draft.addColumn(column, new ColumnRoute(slotPath, null));
                slots.add(new ColumnSlot(property, column.index));
            }
        }
        return new TypeLayout(type, slots);
    }

    private ColumnDraft column(EntityDraft draft, Property property, String path, String columnPrefix) {
        AnnotatedElement annotations = property.annotations();
        Column column = annotations.getAnnotation(Column.class);
        String name = column != null && !column.name().isEmpty() ? column.name()
                : columnPrefix + naming.columnName(property.name());
        StoredType stored = types.resolve(draft.type, path, property.type(), annotations);
        boolean id = annotations.isAnnotationPresent(Id.class);
        boolean version = annotations.isAnnotationPresent(Version.class);
        if (version && !VERSION_TYPES.contains(property.type())) {
            throw new MappingException(draft.type, path, "is a @Version, which must be an int, Integer, long or Long,"
                    + " but it is a " + property.type().getName() + '.');
        }
        if (version && draft.version != null) {
            throw new MappingException(draft.type, path, "is a second @Version; " + draft.version.propertyPath
                    + " is one already.");
        }
        boolean createdAt = annotations.isAnnotationPresent(CreatedAt.class);
        boolean updatedAt = annotations.isAnnotationPresent(UpdatedAt.class);
        if ((createdAt || updatedAt) && !TIMESTAMP_TYPES.contains(property.type())) {
            throw new MappingException(draft.type, path, "is a @CreatedAt/@UpdatedAt timestamp, which must be an Instant,"
                    + " OffsetDateTime, LocalDateTime or LocalDate, but it is a " + property.type().getName() + '.');
        }
        GeneratedKey generated = generated(draft, property, path, name, id);
        boolean nullable = !(property.type().isPrimitive() || id || version)
                && (column == null || column.nullable());
        ColumnDraft draftColumn = new ColumnDraft(name, path, draft.columns.size(), property.type(), stored, nullable,
                column != null && column.unique(),
                column == null || column.defaultExpression().isEmpty() ? null : column.defaultExpression(),
                id ? draft.keyCount++ : -1, generated, version, createdAt, updatedAt);
        if (version) {
            draft.version = draftColumn;
        }
        return draftColumn;
    }

    private static @Nullable GeneratedKey generated(EntityDraft draft, Property property, String path, String column, boolean id) {
        GeneratedValue generatedValue = property.annotations().getAnnotation(GeneratedValue.class);
        if (generatedValue == null) {
            return null;
        }
        if (!id) {
            throw new MappingException(draft.type, path, "is @GeneratedValue but not @Id; only keys are generated.");
        }
        GenerationStrategy strategy = generatedValue.strategy();
        if (strategy == GenerationStrategy.UUID && property.type() != UUID.class) {
            throw new MappingException(draft.type, path, "is generated as a UUID, so it must be a java.util.UUID, but it"
                    + " is a " + property.type().getName() + '.');
        }
        if (strategy != GenerationStrategy.UUID && !IDENTITY_TYPES.contains(property.type())) {
            throw new MappingException(draft.type, path, "is generated by " + strategy + ", which needs an integer type"
                    + " (short, int, long or their wrappers), but it is a " + property.type().getName() + '.');
        }
        String sequence = strategy != GenerationStrategy.SEQUENCE ? null
                : generatedValue.sequence().isEmpty() ? draft.table.name() + "_" + column + "_seq" : generatedValue.sequence();
        return new GeneratedKey(strategy, sequence);
    }

    /** The key columns of an entity, read from its {@code @Id} properties alone (no relationships resolved). */
    List<ColumnDraft> keyColumns(Class<?> type) {
        EntityDraft draft = new EntityDraft(type, tableName(type, naming));
        List<ColumnDraft> keys = new ArrayList<>();
        for (Property property : PropertyScanner.scan(type)) {
            if (property.annotations().isAnnotationPresent(Id.class) && !isRelationship(property.annotations())) {
                keys.add(column(draft, property, property.name(), ""));
            }
        }
        if (keys.isEmpty()) {
            throw new MappingException(type, null, "has no @Id property. Mark the primary key with @Id (several"
                    + " properties for a composite key).");
        }
        return keys;
    }

    static boolean isRelationship(AnnotatedElement annotations) {
        return annotations.isAnnotationPresent(ManyToOne.class) || annotations.isAnnotationPresent(OneToOne.class)
                || annotations.isAnnotationPresent(OneToMany.class) || annotations.isAnnotationPresent(ManyToMany.class);
    }

    private static int[] append(int[] prefix, int last) {
        int[] path = Arrays.copyOf(prefix, prefix.length + 1);
        path[prefix.length] = last;
        return path;
    }
}
