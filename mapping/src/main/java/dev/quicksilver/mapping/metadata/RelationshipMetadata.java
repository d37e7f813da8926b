package dev.quicksilver.mapping.metadata;

import dev.quicksilver.mapping.annotation.Cascade;
import dev.quicksilver.mapping.annotation.ReferentialAction;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A relationship property of an entity.
 *
 * @param property the property name
 * @param propertyIndex the position of the property among the entity's relationship properties
 * @param kind the kind
 * @param target the related entity type
 * @param mappedBy for an inverse side, the owning property on the target; else {@code null}
 * @param joinColumns for an owning to-one side, its foreign-key columns; else empty
 * @param joinTable for the owning side of a many-to-many, its association table; else {@code null}
 * @param optional whether a to-one reference may be absent
 * @param onDelete for an owning to-one side, the foreign key's delete action
 * @param cascade the session operations passed on to the loaded related entities
 */
public record RelationshipMetadata(String property, int propertyIndex, RelationshipKind kind, Class<?> target,
                                   @Nullable String mappedBy, List<JoinColumnMetadata> joinColumns,
                                   @Nullable JoinTableMetadata joinTable, boolean optional,
                                   ReferentialAction onDelete, Set<Cascade> cascade) {

    /** Copies the collections. */
    public RelationshipMetadata {
        joinColumns = List.copyOf(joinColumns);
        cascade = cascade.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(cascade));
    }

    /**
     * A relationship that passes no session operation on.
     *
     * @param property the property name
     * @param propertyIndex the position of the property among the entity's relationship properties
     * @param kind the kind
     * @param target the related entity type
     * @param mappedBy for an inverse side, the owning property on the target; else {@code null}
     * @param joinColumns for an owning to-one side, its foreign-key columns; else empty
     * @param joinTable for the owning side of a many-to-many, its association table; else {@code null}
     * @param optional whether a to-one reference may be absent
     * @param onDelete for an owning to-one side, the foreign key's delete action
     */
    public RelationshipMetadata(String property, int propertyIndex, RelationshipKind kind, Class<?> target,
                                @Nullable String mappedBy, List<JoinColumnMetadata> joinColumns,
                                @Nullable JoinTableMetadata joinTable, boolean optional, ReferentialAction onDelete) {
        this(property, propertyIndex, kind, target, mappedBy, joinColumns, joinTable, optional, onDelete, Set.of());
    }

    /**
     * This relationship passing these session operations on.
     *
     * @param operations the operations
     * @return a copy
     */
    public RelationshipMetadata withCascade(Set<Cascade> operations) {
        return new RelationshipMetadata(property, propertyIndex, kind, target, mappedBy, joinColumns, joinTable,
                optional, onDelete, operations);
    }

    /**
     * Whether the operation is passed on along this relationship.
     *
     * @param operation the operation
     * @return true when declared
     */
    public boolean cascades(Cascade operation) {
        return cascade.contains(operation);
    }

    /** Whether this side holds the foreign key or the association table. */
    public boolean isOwning() {
        return mappedBy == null;
    }
}
