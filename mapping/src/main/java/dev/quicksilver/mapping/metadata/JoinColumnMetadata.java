package dev.quicksilver.mapping.metadata;

/**
 * A foreign-key column and the column it references.
 *
 * @param column the referencing column
 * @param referencedColumn the referenced column (part of the target's key)
 */
public record JoinColumnMetadata(String column, String referencedColumn) {
}
