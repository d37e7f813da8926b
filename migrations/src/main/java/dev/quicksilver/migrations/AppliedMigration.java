package dev.quicksilver.migrations;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A migration one run of {@link MigrationRunner#migrate()} applied.
 *
 * @param version the version; {@code null} for a repeatable migration
 * @param description the description
 * @param type what kind of migration
 * @param script the script's path below its location, or the Java migration's name
 * @param executionTime how long it ran, history row included
 */
public record AppliedMigration(@Nullable MigrationVersion version, String description, MigrationType type,
                               String script, Duration executionTime) {
}
