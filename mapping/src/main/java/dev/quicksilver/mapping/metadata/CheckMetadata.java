package dev.quicksilver.mapping.metadata;

/**
 * A CHECK constraint of an entity's table.
 *
 * @param name the constraint name
 * @param rawSql the condition, raw SQL as declared
 */
public record CheckMetadata(String name, String rawSql) {
}
