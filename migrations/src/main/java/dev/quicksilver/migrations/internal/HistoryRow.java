package dev.quicksilver.migrations.internal;

import dev.quicksilver.migrations.MigrationType;
import dev.quicksilver.migrations.MigrationVersion;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the history table.
 *
 * @param installedRank the order rows were written in (the primary key)
 * @param version the version; {@code null} for a repeatable migration
 * @param description the description
 * @param type what kind of migration
 * @param script the script (path below its location) or Java migration name
 * @param checksum {@code v1:sha256:…}; {@code null} for the baseline and Java migrations without one
 * @param installedBy the user that applied it
 * @param installedOn when
 * @param executionTimeMs how long it ran
 * @param success false for a migration recorded as failed
 */
record HistoryRow(int installedRank, @Nullable MigrationVersion version, String description, MigrationType type,
                  String script, @Nullable String checksum, String installedBy, Instant installedOn,
                  long executionTimeMs, boolean success) {
}
