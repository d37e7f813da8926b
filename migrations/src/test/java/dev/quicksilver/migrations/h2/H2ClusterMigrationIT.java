package dev.quicksilver.migrations.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.JavaMigration;
import dev.quicksilver.migrations.MigrationLockException;
import dev.quicksilver.migrations.MigrationReport;
import dev.quicksilver.migrations.MigrationSettings;
import dev.quicksilver.migrations.kit.ClusterMigrationTestKit;
import dev.quicksilver.migrations.kit.HeldMigration;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** H2's lock is a row with an expiry: a dead holder's row is taken over once it expires; a live holder refreshes it. */
class H2ClusterMigrationIT extends ClusterMigrationTestKit {

    private static final String LOCK_TABLE = "\"quicksilver_schema_history_lock\"";

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }

    private static MigrationSettings.Builder oneTable() {
        return MigrationSettings.builder().location("classpath:db/migration/none")
                .javaMigration(JavaMigration.of("1", "one table", database ->
                        database.sql("CREATE TABLE one_table (id INT)").rowsUpdated().then()));
    }

    private void leaveLockRow(String owner, long expiresInMillis) {
        await(runner(db, MigrationSettings.builder().location("classpath:db/migration/none").build()).migrate());
        execute("INSERT INTO " + LOCK_TABLE + " VALUES (1, '" + owner + "', "
                + (System.currentTimeMillis() + expiresInMillis) + ")");
    }

    @Test
    void aLockLeftByADeadHolderIsTakenOverOnceItExpires() {
        leaveLockRow("a runner that died", 1500);

        MigrationReport report = await(runner(db, oneTable().lockWaitTimeout(Duration.ofSeconds(20)).build()).migrate());

        assertThat(report.applied()).hasSize(1);
        assertThat(report.lockWait()).isGreaterThan(Duration.ofMillis(1000));
        assertThat(count(LOCK_TABLE)).isZero();
    }

    @Test
    void aLockThatHasNotExpiredIsReportedWithItsHolder() {
        leaveLockRow("a runner still busy", 60_000);

        assertThatThrownBy(() -> await(runner(db, oneTable().lockWaitTimeout(Duration.ofMillis(300)).build()).migrate()))
                .isInstanceOf(MigrationLockException.class)
                .hasMessageContaining("a runner still busy").hasMessageContaining("expiring in");
    }

    @Test
    void aLiveHolderRefreshesItsLockSoItIsNotTakenOver() throws Exception {
        try (HeldMigration held = new HeldMigration(MigrationSettings.builder().lockExpiry(Duration.ofMillis(600)))
                .start(db)) {
            // three expiry periods: without refreshes the row would have expired and been taken over
            assertThatThrownBy(() -> await(runner(db, held.settings().mutate().lockWaitTimeout(Duration.ofMillis(1800))
                    .build()).migrate())).isInstanceOf(MigrationLockException.class);
            assertThat(held.release().applied()).hasSize(1);
        }
        assertThat(count(LOCK_TABLE)).isZero();
    }
}
