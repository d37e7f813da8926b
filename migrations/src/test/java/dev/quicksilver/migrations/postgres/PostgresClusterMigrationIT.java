package dev.quicksilver.migrations.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.JavaMigration;
import dev.quicksilver.migrations.MigrationSettings;
import dev.quicksilver.migrations.kit.ClusterMigrationTestKit;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * PostgreSQL's lock is an advisory lock on a dedicated connection: the migrations run on that same
 * connection (not a pooled one), and a holder whose connection died frees the lock at once.
 */
class PostgresClusterMigrationIT extends ClusterMigrationTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }

    @Test
    void theLockAndTheMigrationsShareOneDedicatedConnectionOutsideThePool() {
        AtomicReference<Long> locksHeldHere = new AtomicReference<>();
        AtomicReference<Integer> pooledInUse = new AtomicReference<>();
        MigrationSettings settings = MigrationSettings.builder().location("classpath:db/migration/none")
                .javaMigration(JavaMigration.of("1", "look around", database -> database.sql("SELECT COUNT(*) FROM"
                                + " pg_locks WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid()")
                        .map(row -> row.get(0, Long.class)).single()
                        .doOnNext(count -> {
                            locksHeldHere.set(count);
                            pooledInUse.set(db.poolStats().orElseThrow().acquired());
                        }).then())).build();

        await(runner(db, settings).migrate());

        assertThat(locksHeldHere.get()).isEqualTo(1L);
        assertThat(pooledInUse.get()).isZero();
        assertThat(db.sql("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")
                .map(row -> row.get(0, Long.class)).blockFirst(TIMEOUT)).isZero();
    }

    @Test
    void aHolderWhoseConnectionDiedFreesTheLockAndLeavesNothingBehind() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Integer> holderPid = new AtomicReference<>();
        MigrationSettings stuck = MigrationSettings.builder().location("classpath:db/migration/none")
                .javaMigration(JavaMigration.of("1", "create then hang", database ->
                        database.sql("CREATE TABLE from_the_dead (id INT)").rowsUpdated()
                                .then(database.sql("SELECT pg_backend_pid()").map(row -> row.get(0, Integer.class)).single())
                                .doOnNext(pid -> {
                                    holderPid.set(pid);
                                    started.countDown();
                                })
                                .then(Mono.never()))).build();
        Disposable holder = runner(db, stuck).migrate().subscribe(report -> { }, error -> { });
        try {
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            // the holder's process is as good as dead: its pipeline still waits, but its session is gone
            db.sql("SELECT pg_terminate_backend(:pid)").bind("pid", holderPid.get()).fetch().blockLast(TIMEOUT);

            MigrationSettings healthy = MigrationSettings.builder().location("classpath:db/migration/none")
                    .lockWaitTimeout(Duration.ofSeconds(5))
                    .javaMigration(JavaMigration.of("1", "create then hang", database ->
                            database.sql("CREATE TABLE from_the_living (id INT)").rowsUpdated().then())).build();
            assertThat(await(runner(db, healthy).migrate()).applied()).hasSize(1);
            assertThat(tableExists("from_the_dead")).isFalse();
            assertThat(tableExists("from_the_living")).isTrue();
            assertThat(historyScripts()).containsExactly("V1__create_then_hang (java)");
        } finally {
            holder.dispose();
        }
    }
}
