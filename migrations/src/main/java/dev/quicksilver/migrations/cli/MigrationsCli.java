package dev.quicksilver.migrations.cli;

import dev.quicksilver.core.Database;
import dev.quicksilver.migrations.AppliedMigration;
import dev.quicksilver.migrations.MigrationInfo;
import dev.quicksilver.migrations.MigrationReport;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;
import dev.quicksilver.migrations.RepairReport;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The migration runner's command line:
 *
 * <pre>
 * quicksilver-migrations &lt;command&gt; --url=&lt;r2dbc url&gt; [--location=…]… [--schema=…] [--history-table=…]
 *                        [--placeholder=name=value]… [--out-of-order] [--baseline-version=…]
 * commands: migrate, info, validate, repair, baseline, dry-run
 * </pre>
 *
 * <p>Exit codes: 0 done, 1 the command failed (the error on standard error), 2 a usage error. Runs through
 * Maven (see the README): {@code ./mvnw -q -B -DskipTests -pl migrations -am package exec:java@cli
 * -Dexec.args="info --url=…"}. {@link #run} is the whole program, for tests and embedding; {@code main} is
 * the only place that waits.
 */
public final class MigrationsCli {

    private static final DateTimeFormatter INSTALLED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final String USAGE = """
            Usage: quicksilver-migrations <command> --url=<r2dbc url> [options]
            Commands:
              migrate    apply pending migrations
              info       list migrations with state and timings
              validate   check the history against the files
              repair     delete failed rows, realign checksums
              baseline   mark the baseline version as applied
              dry-run    print the SQL migrate would run
            Options:
              --url=<url>                 R2DBC URL, e.g. r2dbc:postgresql://user@localhost:5432/db (or QUICKSILVER_URL)
              --location=<location>       classpath:db/migration (default) or filesystem:<dir>; repeatable
              --schema=<schema>           run in this schema (created when missing)
              --history-table=<table>     default quicksilver_schema_history
              --placeholder=<name=value>  a ${name} placeholder; repeatable
              --out-of-order              apply versions below the highest applied
              --baseline-version=<v>      the version baseline marks (default 1)
            """;

    private MigrationsCli() {
    }

    /**
     * Runs a command and exits with its code.
     *
     * @param args the command and options
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs a command, printing to {@code out} and {@code err}.
     *
     * @param args the command and options
     * @param out where results go
     * @param err where errors and usage go
     * @return the exit code: 0 done, 1 failed, 2 usage error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args, System.getenv("QUICKSILVER_URL"));
        } catch (IllegalArgumentException usage) {
            err.println(usage.getMessage());
            err.print(USAGE);
            return 2;
        }
        Database database;
        try {
            database = Database.connect(arguments.url());
        } catch (RuntimeException connect) {
            err.println("Cannot use " + arguments.url() + ": " + connect.getMessage());
            return 1;
        }
        try {
            MigrationRunner runner = MigrationRunner.create(database, arguments.settings());
            return execute(arguments.command(), runner, out);
        } catch (RuntimeException failure) {
            Throwable cause = reactor.core.Exceptions.unwrap(failure);
            err.println(arguments.command() + " failed: " + cause.getMessage());
            return 1;
        } finally {
            database.close().block(Duration.ofSeconds(30));
        }
    }

    private static int execute(String command, MigrationRunner runner, PrintStream out) {
        switch (command) {
            case "migrate" -> {
                MigrationReport report = runner.migrate().block(TIMEOUT);
                report = java.util.Objects.requireNonNull(report);
                out.println(report.applied().isEmpty() ? "Up to date at version " + report.schemaVersion() + "."
                        : "Applied " + report.applied().size() + " migration" + (report.applied().size() == 1 ? "" : "s")
                        + "; now at version " + report.schemaVersion() + " (" + report.total().toMillis() + " ms, "
                        + report.lockWait().toMillis() + " ms waiting for the lock).");
                if (!report.applied().isEmpty()) {
                    Table table = new Table("Version", "Description", "Type", "Script", "Time");
                    for (AppliedMigration applied : report.applied()) {
                        table.row(text(applied.version()), applied.description(), applied.type().name(),
                                applied.script(), applied.executionTime().toMillis() + " ms");
                    }
                    out.print(table.render());
                }
            }
            case "info" -> {
                List<MigrationInfo> infos = runner.info().collectList().block(TIMEOUT);
                Table table = new Table("Version", "Description", "Type", "State", "Installed on", "By", "Time");
                for (MigrationInfo info : java.util.Objects.requireNonNull(infos)) {
                    table.row(text(info.version()), info.description(), info.type().name(), info.state().name(),
                            info.installedOn() == null ? "" : INSTALLED.format(info.installedOn()),
                            text(info.installedBy()),
                            info.executionTime() == null ? "" : info.executionTime().toMillis() + " ms");
                }
                out.print(table.isEmpty() ? "No migrations found and none recorded.\n" : table.render());
            }
            case "validate" -> {
                runner.validate().block(TIMEOUT);
                out.println("The history agrees with the files.");
            }
            case "repair" -> {
                RepairReport report = java.util.Objects.requireNonNull(runner.repair().block(TIMEOUT));
                out.println("Removed " + report.removedFailed().size() + " failed row(s)"
                        + (report.removedFailed().isEmpty() ? "" : ": " + String.join(", ", report.removedFailed()))
                        + "; realigned " + report.realignedChecksums().size() + " checksum(s)"
                        + (report.realignedChecksums().isEmpty() ? "" : ": "
                        + String.join(", ", report.realignedChecksums())) + ".");
            }
            case "baseline" -> {
                runner.baseline().block(TIMEOUT);
                out.println("Baseline recorded.");
            }
            case "dry-run" -> {
                List<String> lines = java.util.Objects.requireNonNull(runner.dryRun().collectList().block(TIMEOUT));
                if (lines.isEmpty()) {
                    out.println("-- nothing to apply: up to date");
                }
                lines.forEach(out::println);
            }
            default -> throw new IllegalStateException("unknown command " + command);
        }
        return 0;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /** The parsed command line. */
    record Arguments(String command, String url, MigrationSettings settings) {

        private static final List<String> COMMANDS = List.of("migrate", "info", "validate", "repair", "baseline",
                "dry-run");

        static Arguments parse(String[] args, @Nullable String defaultUrl) {
            if (args.length == 0) {
                throw new IllegalArgumentException("No command given.");
            }
            String command = args[0].toLowerCase(Locale.ROOT);
            if (!COMMANDS.contains(command)) {
                throw new IllegalArgumentException("Unknown command '" + args[0] + "': use one of " + COMMANDS + ".");
            }
            String url = defaultUrl;
            MigrationSettings.Builder settings = MigrationSettings.builder();
            List<String> locations = new ArrayList<>();
            Map<String, String> placeholders = new TreeMap<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
                switch (name) {
                    case "--url" -> url = required(name, value);
                    case "--location" -> locations.add(required(name, value));
                    case "--schema" -> settings.schema(required(name, value));
                    case "--history-table" -> settings.historyTable(required(name, value));
                    case "--out-of-order" -> settings.outOfOrder(true);
                    case "--baseline-version" -> settings.baseline(required(name, value), "<< baseline >>");
                    case "--placeholder" -> {
                        int equals = value.indexOf('=');
                        if (equals < 1) {
                            throw new IllegalArgumentException("--placeholder needs name=value, got '" + value + "'.");
                        }
                        placeholders.put(value.substring(0, equals), value.substring(equals + 1));
                    }
                    default -> throw new IllegalArgumentException("Unknown option '" + arg + "'.");
                }
            }
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("No database: give --url=<r2dbc url> or set QUICKSILVER_URL.");
            }
            if (!locations.isEmpty()) {
                settings.locations(locations);
            }
            placeholders.forEach(settings::placeholder);
            return new Arguments(command, url, settings.build());
        }

        private static String required(String option, String value) {
            if (value.isBlank()) {
                throw new IllegalArgumentException(option + " needs a value: " + option + "=…");
            }
            return value;
        }
    }
}
