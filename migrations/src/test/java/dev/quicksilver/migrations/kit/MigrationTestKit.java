package dev.quicksilver.migrations.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.migrations.AppliedMigration;
import dev.quicksilver.migrations.MigrationChecksumMismatchException;
import dev.quicksilver.migrations.MigrationInfo;
import dev.quicksilver.migrations.MigrationMissingException;
import dev.quicksilver.migrations.MigrationNotAppliedException;
import dev.quicksilver.migrations.MigrationReport;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;
import dev.quicksilver.migrations.MigrationState;
import dev.quicksilver.migrations.MigrationVersion;
import dev.quicksilver.migrations.RepairReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner on one database: ordering, dialect variants, placeholders, Java migrations, history,
 * info, checksums (edits caught, line endings ignored), repeatable migrations, missing files,
 * out-of-order and baseline.
 */
public abstract class MigrationTestKit extends MigrationKitSupport {

    @TempDir
    Path directory;

    private MigrationRunner directoryRunner() {
        return runner(db, MigrationSettings.builder().location(directory).build());
    }

    @Test
    void migrateAppliesEverythingOnceInVersionOrderThenRepeatables() {
        MigrationRunner runner = runner(db, basicSettings().build());
        assertThat(runner.info().map(MigrationInfo::state).collectList().block(TIMEOUT))
                .hasSize(7).containsOnly(MigrationState.PENDING);

        MigrationReport report = await(runner.migrate());

        assertThat(report.applied()).extracting(AppliedMigration::script).containsExactlyElementsOf(basicScripts());
        assertThat(report.applied()).allSatisfy(applied -> assertThat(applied.executionTime().isNegative()).isFalse());
        assertThat(report.schemaVersion()).isEqualTo(MigrationVersion.parse("4"));
        assertThat(historyScripts()).containsExactlyElementsOf(basicScripts());
        assertThat(db.sql("SELECT name FROM customer ORDER BY id").map(row -> row.get(0, String.class))
                .collectList().block(TIMEOUT)).containsExactly("Smith; John", "O'Brien", "Quicksilver", "from Java");
        assertThat(count("customer_names")).isEqualTo(4);

        List<MigrationInfo> infos = runner.info().collectList().block(TIMEOUT);
        assertThat(infos).extracting(MigrationInfo::script).containsExactlyElementsOf(basicScripts());
        assertThat(infos).extracting(MigrationInfo::state).containsOnly(MigrationState.APPLIED);
        assertThat(infos).allSatisfy(info -> {
            assertThat(info.installedOn()).isNotNull();
            assertThat(info.executionTime()).isNotNull();
            assertThat(info.installedBy()).isNotBlank();
        });

        assertThat(await(runner.migrate()).applied()).isEmpty();
        await(runner.validate().thenReturn(true));
        assertThat(historyScripts()).hasSize(7);
        awaitNoConnectionInUse(db);
    }

    @Test
    void anEditedAppliedFileIsAChecksumErrorNamingItButCrlfIsNot() {
        String original = "CREATE TABLE edited (id INT);\nINSERT INTO edited VALUES (1);\n";
        write(directory, "V1__edited.sql", original);
        await(directoryRunner().migrate());

        write(directory, "V1__edited.sql", original.replace("(1)", "(2)"));
        assertThatThrownBy(() -> await(directoryRunner().validate().thenReturn(true)))
                .isInstanceOf(MigrationChecksumMismatchException.class)
                .hasMessageContaining("V1__edited.sql").hasMessageContaining("v1:sha256:")
                .satisfies(error -> {
                    MigrationChecksumMismatchException mismatch = (MigrationChecksumMismatchException) error;
                    assertThat(mismatch.script()).isEqualTo("V1__edited.sql");
                    assertThat(mismatch.appliedChecksum()).isNotEqualTo(mismatch.resolvedChecksum());
                    assertThat(error.getMessage()).contains(mismatch.appliedChecksum(), mismatch.resolvedChecksum());
                });
        assertThatThrownBy(() -> await(directoryRunner().migrate()))
                .isInstanceOf(MigrationChecksumMismatchException.class);

        write(directory, "V1__edited.sql", "\uFEFF" + original.replace("\n", "\r\n"));
        await(directoryRunner().validate().thenReturn(true));
        assertThat(await(directoryRunner().migrate()).applied()).isEmpty();
    }

    @Test
    void repairRealignsTheChecksumOfAHarmlessEdit() {
        write(directory, "V1__edited.sql", "CREATE TABLE edited (id INT);\n");
        await(directoryRunner().migrate());
        write(directory, "V1__edited.sql", "-- a comment added later\nCREATE TABLE edited (id INT);\n");

        RepairReport repair = await(directoryRunner().repair());

        assertThat(repair.realignedChecksums()).containsExactly("V1__edited.sql");
        assertThat(repair.removedFailed()).isEmpty();
        await(directoryRunner().validate().thenReturn(true));
    }

    @Test
    void aRepeatableMigrationRunsAgainOnlyWhenItChanges() {
        write(directory, "V1__table.sql", "CREATE TABLE item (id INT, name VARCHAR(20));");
        write(directory, "R__item_view.sql", "CREATE OR REPLACE VIEW item_view AS SELECT id FROM item;\n");
        assertThat(await(directoryRunner().migrate()).applied()).hasSize(2);

        assertThat(await(directoryRunner().migrate()).applied()).isEmpty();
        write(directory, "R__item_view.sql", "CREATE OR REPLACE VIEW item_view AS SELECT id FROM item;\r\n");
        assertThat(await(directoryRunner().migrate()).applied()).isEmpty();
        assertThat(directoryRunner().info().filter(info -> info.version() == null).map(MigrationInfo::state)
                .collectList().block(TIMEOUT)).containsExactly(MigrationState.APPLIED);

        write(directory, "R__item_view.sql", "CREATE OR REPLACE VIEW item_view AS SELECT id, name FROM item;");
        assertThat(directoryRunner().info().filter(info -> info.version() == null).map(MigrationInfo::state)
                .collectList().block(TIMEOUT)).containsExactly(MigrationState.OUTDATED);
        assertThat(await(directoryRunner().migrate()).applied()).extracting(AppliedMigration::script)
                .containsExactly("R__item_view.sql");
        assertThat(await(directoryRunner().migrate()).applied()).isEmpty();
        assertThat(historyScripts()).containsExactly("V1__table.sql", "R__item_view.sql", "R__item_view.sql");
    }

    @Test
    void anAppliedFileThatDisappearedIsMissingNamingVersionAndScript() throws Exception {
        write(directory, "V1__one.sql", "CREATE TABLE one (id INT);");
        write(directory, "V2__two.sql", "CREATE TABLE two (id INT);");
        await(directoryRunner().migrate());
        Files.delete(directory.resolve("V1__one.sql"));

        assertThatThrownBy(() -> await(directoryRunner().validate().thenReturn(true)))
                .isInstanceOf(MigrationMissingException.class)
                .hasMessageContaining("version 1").hasMessageContaining("V1__one.sql");
        assertThat(directoryRunner().info().map(MigrationInfo::state).collectList().block(TIMEOUT))
                .containsExactly(MigrationState.MISSING, MigrationState.APPLIED);
    }

    @Test
    void aLowerVersionAddedLaterIsRefusedUnlessOutOfOrderIsAllowed() {
        write(directory, "V2__two.sql", "CREATE TABLE two (id INT);");
        await(directoryRunner().migrate());
        write(directory, "V1_5__late.sql", "CREATE TABLE late (id INT);");

        assertThat(directoryRunner().info().map(MigrationInfo::state).collectList().block(TIMEOUT))
                .containsExactly(MigrationState.IGNORED, MigrationState.APPLIED);
        assertThatThrownBy(() -> await(directoryRunner().migrate()))
                .isInstanceOf(MigrationNotAppliedException.class)
                .hasMessageContaining("V1_5__late.sql").hasMessageContaining("outOfOrder");

        MigrationRunner outOfOrder = runner(db, MigrationSettings.builder().location(directory).outOfOrder(true).build());
        assertThat(await(outOfOrder.migrate()).applied()).extracting(AppliedMigration::script)
                .containsExactly("V1_5__late.sql");
        assertThat(outOfOrder.info().map(MigrationInfo::state).collectList().block(TIMEOUT))
                .containsExactly(MigrationState.OUT_OF_ORDER, MigrationState.APPLIED);
        assertThat(tableExists("late")).isTrue();
    }

    @Test
    void baselineMarksExistingVersionsAsApplied() {
        write(directory, "V1__one.sql", "CREATE TABLE one (id INT);");
        write(directory, "V2__two.sql", "CREATE TABLE two (id INT);");
        write(directory, "V3__three.sql", "CREATE TABLE three (id INT);");
        MigrationRunner runner = runner(db, MigrationSettings.builder().location(directory)
                .baseline("2", "existing schema").build());

        await(runner.baseline().thenReturn(true));
        await(runner.baseline().thenReturn(true)); // idempotent

        assertThat(await(runner.migrate()).applied()).extracting(AppliedMigration::script)
                .containsExactly("V3__three.sql");
        assertThat(tableExists("one")).isFalse();
        assertThat(runner.info().map(MigrationInfo::state).collectList().block(TIMEOUT))
                .containsExactly(MigrationState.BELOW_BASELINE, MigrationState.BASELINE, MigrationState.BELOW_BASELINE,
                        MigrationState.APPLIED);
        assertThatThrownBy(() -> await(runnerBaselineAt("5")))
                .hasMessageContaining("already records versions");
    }

    private reactor.core.publisher.Mono<Boolean> runnerBaselineAt(String version) {
        return runner(db, MigrationSettings.builder().location(directory).baseline(version, "late").build())
                .baseline().thenReturn(true);
    }
}
