package dev.quicksilver.query.internal;

import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.RelationshipMetadata;
import dev.quicksilver.mapping.model.Relationship;
import dev.quicksilver.mapping.model.RelationshipPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One relationship to load from a parent entity, with what to load from its targets in turn: the
 * paths of a query merged into a tree, so a shared prefix ({@code LINES} in {@code LINES→TRACK} and
 * {@code LINES→INVOICE}) is loaded once.
 *
 * @param parent the entity declaring the relationship
 * @param relationship the relationship
 * @param target the related entity
 * @param children what to load from the related entities
 */
record LoadPlan(EntityMetadata<?> parent, RelationshipMetadata relationship, EntityMetadata<?> target,
                List<LoadPlan> children) {

    /** The plans of a query's load paths. */
    static List<LoadPlan> of(EntityMetadata<?> root, List<? extends RelationshipPath<?, ?>> paths, MappingContext mapping) {
        Map<String, Node> tree = new LinkedHashMap<>();
        for (RelationshipPath<?, ?> path : paths) {
            Map<String, Node> level = tree;
            EntityMetadata<?> current = root;
            for (Relationship<?, ?> step : path.steps()) {
                if (!step.entity().type().equals(current.type())) {
                    throw new IllegalArgumentException("The load path " + path + " continues from " + current.type()
                            .getSimpleName() + " with " + step + ", a relationship of " + step.entity().type()
                            .getSimpleName() + ". Chain relationships of the entity each step leads to.");
                }
                RelationshipMetadata relationship = step.resolve(current);
                EntityMetadata<?> target = mapping.entity(relationship.target());
                EntityMetadata<?> parent = current;
                level = level.computeIfAbsent(relationship.property(), property -> new Node(parent, relationship,
                        target)).children;
                current = target;
            }
        }
        return plans(tree);
    }

    /** A mutable tree node while paths are merged. */
    private static final class Node {
        private final EntityMetadata<?> parent;
        private final RelationshipMetadata relationship;
        private final EntityMetadata<?> target;
        private final Map<String, Node> children = new LinkedHashMap<>();

        Node(EntityMetadata<?> parent, RelationshipMetadata relationship, EntityMetadata<?> target) {
            this.parent = parent;
            this.relationship = relationship;
            this.target = target;
        }
    }

    private static List<LoadPlan> plans(Map<String, Node> level) {
        List<LoadPlan> plans = new ArrayList<>();
        for (Node node : level.values()) {
            plans.add(new LoadPlan(node.parent, node.relationship, node.target, plans(node.children)));
        }
        return plans;
    }
}
