package dev.quicksilver.migrations.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.migrations.AppliedMigration;
import dev.quicksilver.migrations.MigrationLockException;
import dev.quicksilver.migrations.MigrationReport;
import dev.quicksilver.migrations.MigrationSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Several runners against one database: ten started at once apply every migration exactly once and
 * all succeed; a runner that cannot get the lock in time fails with a clear error.
 */
public abstract class ClusterMigrationTestKit extends MigrationKitSupport {

    @Test
    void tenRunnersStartedAtOnceApplyEveryMigrationExactlyOnceAndAllSucceed() {
        // the test's own pool opens its connection first: an H2 in-memory database lives while a connection is open
        db.sql("SELECT 1").fetch().blockLast(TIMEOUT);
        List<MigrationReport> reports = Flux.range(0, 10)
                .flatMap(i -> Flux.usingWhen(
                        Mono.fromSupplier(() -> Database.connect(isolated.url(), DatabaseOptions.builder()
                                .pool(PoolSettings.builder().maxSize(2).build()).build())),
                        database -> runner(database, basicSettings().build()).migrate(),
                        Database::close), 10)
                .collectList().block(TIMEOUT);

        assertThat(reports).hasSize(10);
        List<String> appliedEverywhere = reports.stream().flatMap(report -> report.applied().stream())
                .map(AppliedMigration::script).toList();
        assertThat(appliedEverywhere).containsExactlyInAnyOrderElementsOf(basicScripts());
        assertThat(reports.stream().filter(report -> !report.applied().isEmpty())).hasSize(1);
        assertThat(historyScripts()).containsExactlyElementsOf(basicScripts());
        assertThat(failedScripts()).isEmpty();
        assertThat(count("customer")).isEqualTo(4);
        awaitNoConnectionInUse(db);
    }

    @Test
    void aRunnerThatCannotGetTheLockInTimeFailsWithAClearErrorAndSucceedsLater() throws Exception {
        try (HeldMigration held = new HeldMigration(MigrationSettings.builder()).start(db)) {
            MigrationSettings impatient = held.settings().mutate().lockWaitTimeout(Duration.ofMillis(500)).build();

            assertThatThrownBy(() -> await(runner(db, impatient).migrate()))
                    .isInstanceOf(MigrationLockException.class)
                    .hasMessageContaining("Waited 500 ms").hasMessageContaining("lockWaitTimeout");

            assertThat(held.release().applied()).hasSize(1);
            assertThat(await(runner(db, impatient).migrate()).applied()).isEmpty();
        }
    }

    @Test
    void cancellingARunReleasesTheLockAndKeepsNothingOfTheCancelledMigration() throws Exception {
        MigrationSettings settings;
        try (HeldMigration held = new HeldMigration(MigrationSettings.builder()).start(db)) {
            settings = held.settings().mutate().lockWaitTimeout(Duration.ofSeconds(2)).build();
        } // close() cancels the run while its migration is in progress

        MigrationSettings other = MigrationSettings.builder().location("classpath:db/migration/none")
                .lockWaitTimeout(settings.lockWaitTimeout()).build();
        assertThat(await(runner(db, other).migrate()).applied()).isEmpty();
        assertThat(failedScripts()).isEmpty();
        assertThat(historyScripts()).isEmpty();
        awaitNoConnectionInUse(db);
    }
}
