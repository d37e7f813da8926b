package dev.quicksilver.examples.inventory;

/** What a stock movement did; stored as its name. */
public enum MovementKind {
    /** Units arrived at a warehouse (to). */
    RECEIVE,
    /** Available units at a warehouse (from) were promised to an order. */
    RESERVE,
    /** Available units went from one warehouse (from) to another (to). */
    MOVE,
    /** Reserved units left a warehouse (from). */
    SHIP
}
