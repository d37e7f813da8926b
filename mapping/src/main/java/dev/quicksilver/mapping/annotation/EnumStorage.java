package dev.quicksilver.mapping.annotation;

/** How an enum value is stored. */
public enum EnumStorage {
    /** Its name, as text (the default: survives reordering). */
    TEXT,
    /** Its ordinal, as an integer. */
    ORDINAL,
    /** A PostgreSQL native enum type (text elsewhere), named by {@link Enumerated#nativeType()}. */
    NATIVE
}
