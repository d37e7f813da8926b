package dev.quicksilver.migrations.internal;

import dev.quicksilver.core.dialect.Dialect;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the runner needs to know about a database beyond core's {@link Dialect}: the suffix of its
 * script variants, how scripts split, and how the migration lock is taken. The one place that
 * tells databases apart; everything else reads these values.
 *
 * @param id the variant suffix, the dialect's name in lower case: {@code V3__x.postgresql.sql}, {@code V3__x.h2.sql}
 * @param transactionalDdl whether a migration and its history row commit together (from core's dialect)
 * @param splitter how scripts split into statements
 * @param lockKind how the migration lock is taken
 * @param driverSplitsAtSemicolons whether the driver cuts a statement at every semicolon, even inside a
 *     string (r2dbc-h2 does), so statements are sent through {@link SqlSplitter#escapeSemicolons}
 * @param useSchema the statement making a (quoted) schema the session's default: {@code SET search_path TO}
 *     on PostgreSQL, the standard {@code SET SCHEMA} elsewhere
 */
record MigrationDialect(String id, boolean transactionalDdl, SqlSplitter splitter, LockKind lockKind,
                        boolean driverSplitsAtSemicolons, String useSchema) {

    /** The variant suffixes known; any other suffix is an error (a typo would silently pick the generic file). */
    static final Set<String> KNOWN_IDS = Set.of("postgresql", "h2");

    /** How the migration lock is taken. */
    enum LockKind {
        /** A session-level advisory lock on the dedicated connection (PostgreSQL). */
        ADVISORY,
        /** A row in a lock table with an expiry, refreshed while held (everywhere else). */
        LOCK_TABLE
    }

    private record Traits(boolean nestedComments, boolean escapeStrings, LockKind lockKind,
                          boolean driverSplitsAtSemicolons, String useSchema) {
    }

    private static final Traits DEFAULT_TRAITS = new Traits(false, false, LockKind.LOCK_TABLE, false, "SET SCHEMA ");
    private static final Map<String, Traits> TRAITS = Map.of(
            "postgresql", new Traits(true, true, LockKind.ADVISORY, false, "SET search_path TO "),
            "h2", new Traits(false, false, LockKind.LOCK_TABLE, true, "SET SCHEMA "));

    /** The migration traits of a core dialect. */
    static MigrationDialect of(Dialect dialect) {
        String id = dialect.name().toLowerCase(Locale.ROOT);
        Traits traits = TRAITS.getOrDefault(id, DEFAULT_TRAITS);
        return new MigrationDialect(id, dialect.supportsTransactionalDdl(),
                new SqlSplitter(traits.nestedComments(), traits.escapeStrings()), traits.lockKind(),
                traits.driverSplitsAtSemicolons(), traits.useSchema());
    }

    /** The text to send for a statement: as written, or with its semicolons escaped where the driver would cut it. */
    String executable(SqlStatement statement) {
        return driverSplitsAtSemicolons ? splitter.escapeSemicolons(statement.sql()) : statement.sql();
    }
}
