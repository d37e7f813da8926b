package dev.quicksilver.migrations.autogenerate;

/**
 * A check constraint. Checks are matched by name: their expressions are kept for the generated SQL
 * and the report but not compared, since each database rewrites them in its own way.
 *
 * @param name the constraint's name
 * @param expression its condition, SQL text (without {@code CHECK})
 */
public record CheckSchema(String name, String expression) {
}
