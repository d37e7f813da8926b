package dev.quicksilver.migrations.kit;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.migrations.JavaMigration;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * What the migration kits share: the {@code basic} migrations (on the class path) and helpers to read
 * the history and to write scripts into a directory location.
 */
public abstract class MigrationKitSupport extends DatabaseTestKit {

    /** How long a blocking test step may take. */
    protected static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The scripts of {@code db/migration/basic} plus the Java migration, in the order they apply. */
    protected List<String> basicScripts() {
        String dialect = db.dialect().name().toLowerCase(java.util.Locale.ROOT);
        return List.of("V1__create_customer.sql", "V1.9__add_phone.sql", "V1_10__add_email.sql",
                "V2__customer_count." + dialect + ".sql", "V3__seed.sql", "V4__java_seed (java)", "R__customer_names.sql");
    }

    /** Settings for the basic migrations: the class-path location, a placeholder and a Java migration. */
    protected static MigrationSettings.Builder basicSettings() {
        return MigrationSettings.builder().location("classpath:db/migration/basic").placeholder("owner", "Quicksilver")
                .javaMigration(JavaMigration.of("4", "java seed", database ->
                        database.sql("INSERT INTO customer (id, name) VALUES (:id, :name)").bind("id", 4)
                                .bind("name", "from Java").rowsUpdated().then()));
    }

    /** A runner for a database. */
    protected static MigrationRunner runner(Database database, MigrationSettings settings) {
        return MigrationRunner.create(database, settings);
    }

    /** The history's scripts in rank order (successful and failed), read with plain SQL. */
    protected List<String> historyScripts() {
        return db.sql("SELECT \"script\" FROM \"quicksilver_schema_history\" ORDER BY \"installed_rank\"")
                .map(row -> row.get(0, String.class)).collectList().block(TIMEOUT);
    }

    /** The history's rows that failed, by script. */
    protected List<String> failedScripts() {
        return db.sql("SELECT \"script\" FROM \"quicksilver_schema_history\" WHERE \"success\" = FALSE"
                + " ORDER BY \"installed_rank\"").map(row -> row.get(0, String.class)).collectList().block(TIMEOUT);
    }

    /** Whether a table exists in the test's schema (unquoted names fold by the database's rule). */
    protected boolean tableExists(String unquotedName) {
        Long count = db.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA"
                        + " AND LOWER(table_name) = :name").bind("name", unquotedName.toLowerCase(java.util.Locale.ROOT))
                .map(row -> row.get(0, Long.class)).blockFirst(TIMEOUT);
        return count != null && count > 0;
    }

    /** Writes a script into a directory (tests only). */
    protected static void write(Path directory, String name, String content) {
        try {
            Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException error) {
            throw new UncheckedIOException(error);
        }
    }

    /** Blocks for a value (tests only). */
    protected static <T> T await(Mono<T> mono) {
        return mono.block(TIMEOUT);
    }
}
