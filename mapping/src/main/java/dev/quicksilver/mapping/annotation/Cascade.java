package dev.quicksilver.mapping.annotation;

/**
 * A session operation passed from an entity along one of its relationships to the related entities that are
 * loaded in it ({@link OneToMany#cascade()}, {@link OneToOne#cascade()}). Unloaded relationships pass
 * nothing on: a cascade never loads rows behind your back.
 */
public enum Cascade {
    /** Adding the entity to a session also adds the related entities (new ones are inserted at flush). */
    ADD,
    /** Removing the entity from a session also removes the related entities (deleted before it at flush). */
    REMOVE
}
