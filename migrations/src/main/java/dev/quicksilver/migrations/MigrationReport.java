package dev.quicksilver.migrations;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one successful {@link MigrationRunner#migrate()} did. A run that fails ends with an error
 * instead (a {@link MigrationException}), so a report always means success.
 *
 * @param applied the migrations this run applied, in order (empty when the database was up to date)
 * @param schemaVersion the highest applied version afterwards; {@code null} when there is none
 * @param lockWait how long the run waited for the migration lock
 * @param total how long the whole run took, lock wait included
 */
public record MigrationReport(List<AppliedMigration> applied, @Nullable MigrationVersion schemaVersion,
                              Duration lockWait, Duration total) {

    /** Copies the list. */
    public MigrationReport {
        applied = List.copyOf(applied);
    }
}
