package dev.quicksilver.migrations.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.migrations.AppliedMigration;
import dev.quicksilver.migrations.FailedMigrationException;
import dev.quicksilver.migrations.MigrationExecutionException;
import dev.quicksilver.migrations.MigrationInfo;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;
import dev.quicksilver.migrations.MigrationState;
import dev.quicksilver.migrations.RepairReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure model. Where DDL is transactional (PostgreSQL) a migration failing halfway leaves
 * nothing — no table from its first statement, no history row. Where it is not (H2) the failure is
 * recorded, further runs refuse and name repair, and repair + migrate succeed once the file is fixed.
 * A script marked non-transactional is recorded as failed on every database.
 */
public abstract class MigrationFailureTestKit extends MigrationKitSupport {

    private static final String BROKEN = "CREATE TABLE half_done (id INT);\nINSERT INTO no_such_table VALUES (1);\n";

    @TempDir
    Path directory;

    private MigrationRunner runner() {
        return runner(db, MigrationSettings.builder().location(directory).build());
    }

    @Test
    void aMigrationFailingHalfwayFollowsTheDatabasesFailureModel() {
        write(directory, "V1__ok.sql", "CREATE TABLE ok_table (id INT);");
        write(directory, "V2__broken.sql", BROKEN);

        assertThatThrownBy(() -> await(runner().migrate()))
                .isInstanceOf(MigrationExecutionException.class)
                .hasMessageContaining("V2__broken.sql").hasMessageContaining("line 2")
                .satisfies(error -> {
                    MigrationExecutionException failure = (MigrationExecutionException) error;
                    assertThat(failure.line()).isEqualTo(2);
                    assertThat(failure.statement()).isEqualTo("INSERT INTO no_such_table VALUES (1)");
                    assertThat(failure.script()).endsWith("V2__broken.sql");
                });
        assertThat(tableExists("ok_table")).isTrue();

        if (db.dialect().supportsTransactionalDdl()) {
            assertThat(tableExists("half_done")).as("the first statement rolled back with the failure").isFalse();
            assertThat(historyScripts()).containsExactly("V1__ok.sql");
            assertThatThrownBy(() -> await(runner().migrate())).isInstanceOf(MigrationExecutionException.class)
                    .hasMessageContaining("Nothing of it was applied");
            write(directory, "V2__broken.sql", "CREATE TABLE half_done (id INT);\n");
        } else {
            assertThat(tableExists("half_done")).as("H2 committed the first statement's DDL").isTrue();
            assertThat(failedScripts()).containsExactly("V2__broken.sql");
            assertThatThrownBy(() -> await(runner().migrate()))
                    .isInstanceOf(FailedMigrationException.class)
                    .hasMessageContaining("V2__broken.sql").hasMessageContaining("repair()")
                    .satisfies(error -> assertThat(((FailedMigrationException) error).script()).isEqualTo("V2__broken.sql"));
            assertThatThrownBy(() -> await(runner().validate().thenReturn(true)))
                    .isInstanceOf(FailedMigrationException.class);
            assertThat(runner().info().map(MigrationInfo::state).collectList().block(TIMEOUT))
                    .containsExactly(MigrationState.APPLIED, MigrationState.FAILED);

            write(directory, "V2__broken.sql", "CREATE TABLE IF NOT EXISTS half_done (id INT);\n");
            RepairReport repair = await(runner().repair());
            assertThat(repair.removedFailed()).containsExactly("V2__broken.sql");
        }

        assertThat(await(runner().migrate()).applied()).extracting(AppliedMigration::script)
                .containsExactly("V2__broken.sql");
        assertThat(tableExists("half_done")).isTrue();
        assertThat(failedScripts()).isEmpty();
        assertThat(historyScripts()).containsExactly("V1__ok.sql", "V2__broken.sql");
        await(runner().validate().thenReturn(true));
    }

    @Test
    void aNonTransactionalScriptThatFailsIsRecordedAsFailedEverywhere() {
        write(directory, "V1__outside.sql", "-- quicksilver:non-transactional\n" + BROKEN);

        assertThatThrownBy(() -> await(runner().migrate()))
                .isInstanceOf(MigrationExecutionException.class)
                .hasMessageContaining("V1__outside.sql").hasMessageContaining("line 3")
                .hasMessageContaining("outside a transaction").hasMessageContaining("repair()");
        assertThat(tableExists("half_done")).isTrue();
        assertThat(failedScripts()).containsExactly("V1__outside.sql");
        assertThatThrownBy(() -> await(runner().migrate())).isInstanceOf(FailedMigrationException.class)
                .hasMessageContaining("V1__outside.sql");
    }

    @Test
    void aFailingJavaMigrationNamesItself() {
        MigrationRunner runner = runner(db, MigrationSettings.builder().location(directory)
                .javaMigration(dev.quicksilver.migrations.JavaMigration.of("1", "broken java", database ->
                        database.sql("INSERT INTO nowhere (id) VALUES (1)").rowsUpdated().then())).build());
        assertThatThrownBy(() -> await(runner.migrate()))
                .isInstanceOf(MigrationExecutionException.class)
                .hasMessageContaining("V1__broken_java (java)");
    }
}
