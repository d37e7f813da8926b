package dev.quicksilver.mapping.metadata;

/** The kinds of relationship between entities. */
public enum RelationshipKind {
    /** Many rows here reference one row there, through a foreign key here. */
    MANY_TO_ONE,
    /** One row here, one row there; the owning side holds the foreign key. */
    ONE_TO_ONE,
    /** One row here is referenced by many rows there (inverse of {@link #MANY_TO_ONE}). */
    ONE_TO_MANY,
    /** Many to many, through an association table. */
    MANY_TO_MANY;

    /** Whether the property holds one related entity ({@code Ref}) rather than a list ({@code RefList}). */
    public boolean isToOne() {
        return this == MANY_TO_ONE || this == ONE_TO_ONE;
    }
}
