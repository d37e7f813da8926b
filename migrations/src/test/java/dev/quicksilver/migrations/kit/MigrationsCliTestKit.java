package dev.quicksilver.migrations.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.migrations.cli.MigrationsCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a real database: migrate, info (an aligned table), dry-run (prints, changes
 * nothing), validate (an edited file fails with exit code 1 and names it), repair, and usage errors (exit 2).
 */
public abstract class MigrationsCliTestKit extends MigrationKitSupport {

    @TempDir
    Path scripts;

    /** What one run printed and returned. */
    private record Run(int exit, String out, String err) {
    }

    private Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        if (all.size() > 0 && !all.contains("--no-url")) {
            all.add("--url=" + isolated.url());
            all.add("--location=filesystem:" + scripts.toAbsolutePath());
            all.add("--placeholder=owner=Quicksilver");
        }
        all.remove("--no-url");
        int exit = MigrationsCli.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void migrateInfoDryRunValidateAndRepairFromTheCommandLine() {
        // the test's pool holds a connection, so an in-memory H2 database outlives the command line's own
        db.sql("SELECT 1").map(row -> row.get(0)).blockFirst(TIMEOUT);
        write(scripts, "V1__create_note.sql", "CREATE TABLE note (id INTEGER PRIMARY KEY, body VARCHAR(100));");
        write(scripts, "V2__first_note.sql", "INSERT INTO note (id, body) VALUES (1, 'by ${owner}');");

        Run migrate = cli("migrate");
        assertThat(migrate.exit()).as(migrate.err()).isZero();
        assertThat(migrate.out()).contains("Applied 2 migrations; now at version 2")
                .contains("V1__create_note.sql").contains("V2__first_note.sql");
        assertThat(db.sql("SELECT body FROM note").map(row -> row.get(0, String.class)).blockFirst(TIMEOUT))
                .isEqualTo("by Quicksilver");

        // dry-run prints what migrate would run and changes nothing
        write(scripts, "V3__second_note.sql", "INSERT INTO note (id, body) VALUES (2, '${owner} again');");
        Run dryRun = cli("dry-run");
        assertThat(dryRun.exit()).as(dryRun.err()).isZero();
        assertThat(dryRun.out().lines().toList()).containsExactly(
                "-- V3 second note (filesystem:" + scripts.toAbsolutePath() + "/V3__second_note.sql)",
                "INSERT INTO note (id, body) VALUES (2, 'Quicksilver again');");
        assertThat(count("note")).isEqualTo(1);

        // info: one aligned table, the pending one last
        Run info = cli("info");
        assertThat(info.exit()).as(info.err()).isZero();
        List<String> lines = info.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("Version  Description").contains("State");
        int state = lines.get(0).indexOf("State");
        assertThat(lines.get(2).substring(state)).startsWith("APPLIED");
        assertThat(lines.get(3).substring(state)).startsWith("APPLIED");
        assertThat(lines.get(4).substring(state)).startsWith("PENDING");
        assertThat(lines.get(1)).matches("[- ]+");

        // an applied file edited: validate fails naming it
        write(scripts, "V1__create_note.sql", "CREATE TABLE note (id INTEGER PRIMARY KEY, body VARCHAR(200));");
        Run validate = cli("validate");
        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.err()).startsWith("validate failed: ").contains("V1__create_note.sql");
        Run repair = cli("repair");
        assertThat(repair.exit()).as(repair.err()).isZero();
        assertThat(repair.out()).contains("realigned 1 checksum(s): V1__create_note.sql");
        assertThat(cli("validate").exit()).isZero();
        assertThat(cli("migrate").out()).contains("Applied 1 migration; now at version 3");
        assertThat(cli("dry-run").out()).contains("nothing to apply");
    }

    @Test
    void checkFailsUntilTheDiffItWroteIsAppliedThenPasses() {
        db.sql("SELECT 1").map(row -> row.get(0)).blockFirst(TIMEOUT);
        String chinook = "--entities=dev.quicksilver.mapping.chinook";

        Run before = cli("check", chinook);
        assertThat(before.exit()).as(before.err()).isEqualTo(1);
        assertThat(before.out()).contains("differs").contains("artist");

        Run diff = cli("diff", chinook, "--out=" + scripts, "--description=chinook schema");
        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("Wrote").contains("V1__chinook_schema.sql");
        Run migrate = cli("migrate");
        assertThat(migrate.exit()).as(migrate.err()).isZero();
        assertThat(migrate.out()).contains("Applied 1 migration");

        Run after = cli("check", chinook);
        assertThat(after.exit()).as(after.out() + after.err()).isZero();
        assertThat(after.out()).contains("matches the 10 entities");
        Run printed = cli("diff", "--entities=dev.quicksilver.mapping.chinook.Artist,dev.quicksilver.mapping.chinook.Album");
        assertThat(printed.exit()).as(printed.err()).isZero();
        assertThat(printed.out()).doesNotContain("CREATE TABLE");

        Run noEntities = cli("check");
        assertThat(noEntities.exit()).isEqualTo(2);
        assertThat(noEntities.err()).contains("check needs --entities");
        Run unknown = cli("check", "--entities=no.such.place");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("'no.such.place' is neither an entity class nor a package");
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() {
        Run unknown = cli("--no-url", "upgrade");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown command 'upgrade'").contains("Usage:");
        Run noUrl = new Run(MigrationsCli.run(new String[] {"info"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream())), "", "");
        assertThat(noUrl.exit()).isIn(1, 2);
        Run badOption = cli("info", "--colour=red");
        assertThat(badOption.exit()).isEqualTo(2);
        assertThat(badOption.err()).contains("Unknown option '--colour=red'");
        Run badUrl = cli("--no-url", "info", "--url=r2dbc:nosuchdriver://x");
        assertThat(badUrl.exit()).isEqualTo(1);
        assertThat(badUrl.err()).contains("r2dbc:nosuchdriver://x");
    }
}
