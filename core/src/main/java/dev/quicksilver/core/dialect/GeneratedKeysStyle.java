package dev.quicksilver.core.dialect;

/**
 * How a database hands back values it generated during an insert.
 */
public enum GeneratedKeysStyle {
    /** The statement gets a {@code RETURNING} clause and the values come back as rows. */
    RETURNING_CLAUSE,
    /** The driver asks for the generated keys after the insert, as JDBC's {@code getGeneratedKeys} does. */
    GENERATED_KEYS
}
