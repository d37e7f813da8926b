package dev.quicksilver.migrations.internal;

import dev.quicksilver.migrations.JavaMigration;
import dev.quicksilver.migrations.MigrationType;
import dev.quicksilver.migrations.MigrationVersion;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A migration ready to run: a script chosen for the running dialect, split, placeholders
 * replaced; or a Java migration.
 *
 * @param version the version; {@code null} for a repeatable script
 * @param description the description
 * @param type {@link MigrationType#SQL}, {@link MigrationType#REPEATABLE} or {@link MigrationType#JAVA}
 * @param script the history's script: the path below the location, or the Java migration's name
 * @param source where it came from, for messages
 * @param checksum the checksum of the raw file (before placeholders); a Java migration's own, if any
 * @param statements the statements to run (empty for a Java migration)
 * @param nonTransactional whether the script asked to run outside a transaction
 * @param java the Java migration, or {@code null} for a script
 */
record ResolvedMigration(@Nullable MigrationVersion version, String description, MigrationType type, String script,
                         String source, @Nullable String checksum, List<SqlStatement> statements,
                         boolean nonTransactional, @Nullable JavaMigration java) {

    ResolvedMigration {
        statements = List.copyOf(statements);
    }

    /** The version as text, or the description for a repeatable migration: how messages name it. */
    String label() {
        return version != null ? version.toString() : description;
    }
}
