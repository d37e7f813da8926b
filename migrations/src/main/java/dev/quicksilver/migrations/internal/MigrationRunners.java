package dev.quicksilver.migrations.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;

/** Creates {@link MigrationRunner}s; the public interface's factory delegates here. */
public final class MigrationRunners {

    private MigrationRunners() {
    }

    /**
     * A runner for one database.
     *
     * @param database the database
     * @param settings the settings
     * @return the runner
     */
    public static MigrationRunner create(Database database, MigrationSettings settings) {
        return new DefaultMigrationRunner(database, settings);
    }
}
