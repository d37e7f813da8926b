package dev.quicksilver.migrations;

import dev.quicksilver.core.Database;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A versioned migration written in Java, for data migrations SQL cannot express. It is ordered
 * with the SQL scripts by version, runs in the same transaction as its history row where the
 * database has transactional DDL, and must do its work through the {@link Database} it is given
 * (the runner's dedicated connection, inside the migration's transaction), never blocking.
 *
 * <pre>{@code
 * JavaMigration fill = JavaMigration.of("4", "fill display names", db ->
 *     db.sql("UPDATE customer SET display_name = first_name || ' ' || last_name").rowsUpdated().then());
 * }</pre>
 *
 * <p>Implementations must be thread-safe: one instance may serve many databases (tenants).
 */
public interface JavaMigration {

    /** The version, ordered with the SQL scripts' versions. */
    MigrationVersion version();

    /** A short description, shown by {@code info} and stored in the history. */
    String description();

    /** The name stored as the history's script; the class name by default. */
    default String script() {
        return getClass().getName();
    }

    /**
     * A checksum to validate against the history, or {@code null} (the default) for none: a Java
     * migration's code is not checksummed, so changing it after it was applied goes unnoticed unless
     * this returns something that changes with it.
     */
    default @Nullable String checksum() {
        return null;
    }

    /**
     * Applies the migration.
     *
     * @param database runs statements on the migration's connection and transaction
     * @return completes when done; an error fails the migration
     */
    Mono<Void> migrate(Database database);

    /**
     * A Java migration from a function.
     *
     * @param version the version, e.g. {@code "4"} or {@code "4.1"}
     * @param description a short description
     * @param work the work, given the database to run it on
     * @return the migration; its script name is {@code V<version>__<description> (java)}
     */
    static JavaMigration of(String version, String description, Function<Database, Mono<Void>> work) {
        MigrationVersion parsed = MigrationVersion.parse(version);
        Objects.requireNonNull(work, "work");
        String script = "V" + version + "__" + description.replace(' ', '_') + " (java)";
        return new JavaMigration() {
            @Override
            public MigrationVersion version() {
                return parsed;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public String script() {
                return script;
            }

            @Override
            public Mono<Void> migrate(Database database) {
                return work.apply(database);
            }

            @Override
            public String toString() {
                return script;
            }
        };
    }
}
