package dev.quicksilver.core.dialect;

/**
 * How {@code column IN (values)} is rendered by a dialect.
 */
public enum InListStyle {
    /** {@code column = ANY($1)} with one array parameter: the SQL text is the same for any list length. */
    ANY_ARRAY,
    /** {@code column IN ($1, $2, …)} with one parameter per value. */
    EXPANDED
}
