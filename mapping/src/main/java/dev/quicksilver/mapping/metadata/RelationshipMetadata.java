package dev.quicksilver.mapping.metadata;

import dev.quicksilver.mapping.annotation.ReferentialAction;
import java.util.List;
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
 */
public record RelationshipMetadata(String property, int propertyIndex, RelationshipKind kind, Class<?> target,
                                   @Nullable String mappedBy, List<JoinColumnMetadata> joinColumns,
                                   @Nullable JoinTableMetadata joinTable, boolean optional,
                                   ReferentialAction onDelete) {

    /** Copies the list. */
    public RelationshipMetadata {
        joinColumns = List.copyOf(joinColumns);
    }

    /** Whether this side holds the foreign key or the association table. */
    public boolean isOwning() {
        return mappedBy == null;
    }
}
