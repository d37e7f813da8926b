package dev.quicksilver.migrations.kit;

import dev.quicksilver.core.Database;
import dev.quicksilver.migrations.JavaMigration;
import dev.quicksilver.migrations.MigrationReport;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;
import reactor.core.publisher.Sinks;

/**
 * A {@code migrate()} run that holds the migration lock: its only migration (Java, version 1) waits
 * until {@link #release()}. For lock tests; not thread-safe.
 */
public final class HeldMigration implements AutoCloseable {

    private final CountDownLatch started = new CountDownLatch(1);
    private final Sinks.Empty<Void> release = Sinks.empty();
    private final Sinks.One<MigrationReport> report = Sinks.one();
    private final MigrationSettings settings;
    private Disposable run;

    /** @param base settings to start from (lock expiry, …); location and the Java migration are added */
    public HeldMigration(MigrationSettings.Builder base) {
        this.settings = base.location("classpath:db/migration/none").javaMigration(JavaMigration.of("1", "slow",
                database -> {
                    started.countDown();
                    return release.asMono();
                })).build();
    }

    /** The settings of the held run, for a second runner to compete with the same migrations. */
    public MigrationSettings settings() {
        return settings;
    }

    /** Starts the run and waits until its migration is running, so the lock is held. */
    public HeldMigration start(Database database) throws InterruptedException {
        run = MigrationRunner.create(database, settings).migrate().subscribe(report::tryEmitValue, report::tryEmitError);
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the held migration did not start within 30 s");
        }
        return this;
    }

    /** Lets the migration finish; returns the run's report. */
    public MigrationReport release() {
        release.tryEmitEmpty();
        return report.asMono().block(Duration.ofSeconds(60));
    }

    @Override
    public void close() {
        if (run != null) {
            run.dispose();
        }
    }
}
