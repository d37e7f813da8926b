package dev.quicksilver.migrations;

/** Where a migration stands, as {@link MigrationRunner#info()} reports it. */
public enum MigrationState {
    /** Found, not applied yet; the next {@code migrate} applies it. */
    PENDING,
    /** Applied successfully, in version order. */
    APPLIED,
    /** Applied successfully after a higher version had been applied (out-of-order mode). */
    OUT_OF_ORDER,
    /** Applied and recorded as failed: {@code migrate} refuses to continue until {@code repair}. */
    FAILED,
    /**
     * Found, not applied, and lower than the highest applied version while out-of-order mode is
     * off: {@code migrate} will not apply it and {@code validate} reports it.
     */
    IGNORED,
    /** Recorded as applied, but its file (or Java migration) is no longer found. */
    MISSING,
    /** The baseline mark itself. */
    BASELINE,
    /** Found, with a version at or below the baseline: never applied. */
    BELOW_BASELINE,
    /** A repeatable migration applied before whose checksum changed since: {@code migrate} runs it again. */
    OUTDATED
}
