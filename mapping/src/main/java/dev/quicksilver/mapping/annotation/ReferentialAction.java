package dev.quicksilver.mapping.annotation;

/** What the database does to referencing rows when the referenced row is deleted. */
public enum ReferentialAction {
    /** Refuse the delete while referencing rows exist (checked at the end of the statement). */
    NO_ACTION,
    /** Refuse the delete at once while referencing rows exist. */
    RESTRICT,
    /** Delete the referencing rows too. */
    CASCADE,
    /** Set the referencing columns to NULL. */
    SET_NULL,
    /** Set the referencing columns to their defaults. */
    SET_DEFAULT;

    /** The SQL words, e.g. {@code SET NULL}. */
    public String sql() {
        return name().replace('_', ' ');
    }
}
