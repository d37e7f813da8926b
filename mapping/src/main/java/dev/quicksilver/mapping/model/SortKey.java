package dev.quicksilver.mapping.model;

/**
 * One key of an ORDER BY.
 *
 * @param expression what to order by
 * @param direction ascending or descending
 * @param nulls where NULLs go
 */
public record SortKey(Expression<?> expression, Direction direction, Nulls nulls) {

    /** The order. */
    public enum Direction {
        /** Smallest first. */
        ASC,
        /** Largest first. */
        DESC
    }

    /** Where NULLs are placed. */
    public enum Nulls {
        /** Where the database puts them (PostgreSQL and H2: last ascending, first descending). */
        DEFAULT,
        /** Before every value. */
        FIRST,
        /** After every value. */
        LAST
    }

    /** The same key with NULLs first. */
    public SortKey nullsFirst() {
        return new SortKey(expression, direction, Nulls.FIRST);
    }

    /** The same key with NULLs last. */
    public SortKey nullsLast() {
        return new SortKey(expression, direction, Nulls.LAST);
    }
}
