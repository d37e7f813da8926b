package dev.quicksilver.query;

/**
 * How a relationship path named with {@link EntityQuery#load(dev.quicksilver.mapping.model.RelationshipPath,
 * LoadStrategy)} is loaded.
 */
public enum LoadStrategy {

    /**
     * The default: one more statement per relationship level per window of parents, selecting the
     * targets whose key is among the window's keys. Works for every kind of relationship and keeps the
     * main statement's rows narrow.
     */
    SELECT_IN,

    /**
     * A {@code LEFT JOIN} of the target's table into the main statement, the target built from the same
     * row: no extra statement. For to-one relationships only (a to-many join would repeat the parent
     * per child); nested to-one paths join each step. Conditions may then refer to the joined entity's
     * columns (its metamodel reference without an alias).
     */
    JOIN
}
