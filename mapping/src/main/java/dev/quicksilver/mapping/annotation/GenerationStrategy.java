package dev.quicksilver.mapping.annotation;

/** How the value of a generated key is produced. */
public enum GenerationStrategy {
    /** An identity column: the database assigns the value on insert and hands it back. */
    IDENTITY,
    /** A database sequence, named by {@link GeneratedValue#sequence()}. */
    SEQUENCE,
    /** A random UUID generated on the client before the insert. */
    UUID
}
