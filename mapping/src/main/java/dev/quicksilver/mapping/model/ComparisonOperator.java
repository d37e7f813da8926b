package dev.quicksilver.mapping.model;

/** The binary comparisons. */
public enum ComparisonOperator {
    /** {@code =}. */
    EQ,
    /** {@code <>}. */
    NE,
    /** {@code <}. */
    LT,
    /** {@code <=}. */
    LE,
    /** {@code >}. */
    GT,
    /** {@code >=}. */
    GE
}
