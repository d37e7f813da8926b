package dev.quicksilver.mapping.model;

import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.RelationshipKind;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import java.util.List;

/** A relationship reference by property name. */
record PropertyRelationship<E, R>(EntityModel<E> entity, String property, Class<R> target, boolean toOne)
        implements Relationship<E, R> {

    @Override
    public List<Relationship<?, ?>> steps() {
        return List.of(this);
    }

    @Override
    public <X> RelationshipPath<E, X> then(Relationship<R, X> next) {
        return new ChainedPath<E, X>(List.of(this, next));
    }

    @Override
    public RelationshipMetadata resolve(EntityMetadata<?> metadata) {
        References.checkEntity(entity, metadata);
        RelationshipMetadata relationship = metadata.relationship(property).orElseThrow(() -> References.unknown(
                metadata, property, "relationship",
                metadata.relationships().stream().map(RelationshipMetadata::property).toList()));
        boolean actualToOne = relationship.kind() == RelationshipKind.MANY_TO_ONE
                || relationship.kind() == RelationshipKind.ONE_TO_ONE;
        if (!relationship.target().equals(target) || actualToOne != toOne) {
            throw new MappingException(metadata.type(), property, "the reference says " + (toOne ? "to-one " : "to-many ")
                    + target.getName() + " but the property is " + relationship.kind() + " to "
                    + relationship.target().getName() + ". Regenerate the metamodel, or fix the reference.");
        }
        return relationship;
    }

    @Override
    public String toString() {
        return entity + "." + property;
    }
}
