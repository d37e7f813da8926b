package dev.quicksilver.migrations;

/** What a history row or a migration is. */
public enum MigrationType {
    /** A versioned SQL script, {@code V<version>__<description>.sql}. */
    SQL,
    /** A versioned {@link JavaMigration}. */
    JAVA,
    /** A repeatable SQL script, {@code R__<description>.sql}, run again whenever its checksum changes. */
    REPEATABLE,
    /** The mark left by {@link MigrationRunner#baseline()}: versions up to it count as applied. */
    BASELINE
}
