package dev.quicksilver.migrations;

import dev.quicksilver.core.Database;
import dev.quicksilver.migrations.internal.MigrationRunners;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applies migrations to one database and reports on them. Every operation returns a publisher
 * and does nothing until subscribed; none blocks a thread on I/O (scanning the class path or a
 * directory runs on Reactor's bounded-elastic scheduler).
 *
 * <pre>{@code
 * MigrationRunner runner = MigrationRunner.create(db, MigrationSettings.builder()
 *     .location("classpath:db/migration").build());
 * runner.migrate().map(report -> report.applied().size()).subscribe(...);
 * }</pre>
 *
 * <p>{@code migrate}, {@code baseline} and {@code repair} take a lock first (an advisory lock on
 * PostgreSQL, a lock row that expires on H2), so several instances starting at once apply each
 * migration exactly once. They run on a dedicated connection opened from the database's
 * connection factory (never a pooled one) and closed afterwards. Thread-safe; create one per
 * database — a set of tenants is a set of runners.
 */
public interface MigrationRunner {

    /**
     * A runner for a database.
     *
     * @param database the database (its dialect decides the locking and the script variants)
     * @param settings locations, history table, placeholders, …
     * @return the runner
     */
    static MigrationRunner create(Database database, MigrationSettings settings) {
        return MigrationRunners.create(database, settings);
    }

    /**
     * A runner with the default settings ({@code classpath:db/migration}).
     *
     * @param database the database
     * @return the runner
     */
    static MigrationRunner create(Database database) {
        return create(database, MigrationSettings.defaults());
    }

    /**
     * Takes the lock, creates the history table when missing, validates (unless turned off), then
     * applies the pending versioned migrations in version order and the new or changed repeatable
     * ones, each with its history row.
     *
     * @return the report, or an error: {@link MigrationExecutionException} when a migration failed,
     *     {@link MigrationValidationException} when the history disagrees with the files,
     *     {@link MigrationLockException} when the lock was not obtained, {@link MigrationResolutionException}
     *     when the files cannot be used
     */
    Mono<MigrationReport> migrate();

    /**
     * Every migration found or recorded, with its state and timings: versioned ones in version
     * order, then repeatable ones by description. Takes no lock.
     *
     * @return the migrations
     */
    Flux<MigrationInfo> info();

    /**
     * What {@link #migrate()} would run now, without running it: per pending migration a comment line
     * naming it ({@code -- V2 add email (classpath:db/migration/V2__add_email.sql)}), then its statements
     * with placeholders replaced, each ending in {@code ;}; a Java migration is a comment only. Takes no lock
     * and changes nothing (the history table is read only if it exists); validates as {@code migrate} would.
     *
     * @return the lines, in the order {@code migrate} would run them
     */
    Flux<String> dryRun();

    /**
     * Checks the history against the files: applied file edited, applied file missing, failed
     * migration present, version never applied below an applied one. Takes no lock.
     *
     * @return completes when all agree, else a {@link MigrationValidationException} subclass
     */
    Mono<Void> validate();

    /**
     * Marks the configured baseline version as applied in an empty history, for a database that
     * already has the schema those versions create. Fails when the history already holds versions.
     *
     * @return completes when the baseline row is written
     */
    Mono<Void> baseline();

    /**
     * Deletes the rows of failed migrations and realigns recorded checksums (and descriptions) with
     * the files found.
     *
     * @return what changed
     */
    Mono<RepairReport> repair();
}
