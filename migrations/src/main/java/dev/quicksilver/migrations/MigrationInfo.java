package dev.quicksilver.migrations;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One migration as {@link MigrationRunner#info()} sees it: what was found and what the history
 * says about it.
 *
 * @param version the version; {@code null} for a repeatable migration
 * @param description the description ({@code add_index} in a file name reads {@code add index})
 * @param type what kind of migration
 * @param script the script's path below its location, or the Java migration's name
 * @param checksum the checksum of the file found (else the recorded one); {@code null} for Java
 *     migrations without one and the baseline
 * @param state where it stands
 * @param installedRank the history row's rank; {@code null} when not applied
 * @param installedOn when it was applied; {@code null} when not applied
 * @param installedBy the database user that applied it; {@code null} when not applied
 * @param executionTime how long it took; {@code null} when not applied
 */
public record MigrationInfo(@Nullable MigrationVersion version, String description, MigrationType type, String script,
                            @Nullable String checksum, MigrationState state, @Nullable Integer installedRank,
                            @Nullable Instant installedOn, @Nullable String installedBy,
                            @Nullable Duration executionTime) {
}
