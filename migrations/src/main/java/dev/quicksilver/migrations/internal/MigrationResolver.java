package dev.quicksilver.migrations.internal;

import dev.quicksilver.migrations.JavaMigration;
import dev.quicksilver.migrations.MigrationResolutionException;
import dev.quicksilver.migrations.MigrationSettings;
import dev.quicksilver.migrations.MigrationType;
import dev.quicksilver.migrations.MigrationVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns the files found and the Java migrations registered into the migrations to run: parses
 * file names ({@code V<version>__<description>[.<dialect>].sql}, {@code R__<description>[.<dialect>].sql}),
 * picks each version's variant for the running dialect (a variant beats the generic file; a version
 * with only other databases' variants is an error), refuses duplicates naming both files, checksums
 * the raw text, replaces placeholders and splits the statements.
 */
final class MigrationResolver {

    /** The first-line comment that runs a script outside a transaction (for {@code CREATE INDEX CONCURRENTLY}). */
    static final String NON_TRANSACTIONAL_MARKER = "-- quicksilver:non-transactional";

    private MigrationResolver() {
    }

    /** A file's name, parsed. */
    record FileName(@Nullable MigrationVersion version, String description, @Nullable String dialect) {
    }

    /**
     * Parses a script's file name.
     *
     * @param fileName e.g. {@code V1_2__add_index.postgresql.sql}
     * @param source the file, for messages
     * @return the parsed name
     * @throws MigrationResolutionException when the name does not follow the pattern
     */
    static FileName parse(String fileName, String source) {
        boolean versioned = fileName.startsWith("V");
        int separator = fileName.indexOf("__");
        if (!(versioned || fileName.startsWith("R")) || separator < 0 || !fileName.endsWith(".sql")
                || separator + 2 >= fileName.length() - 4) {
            throw badName(source, "it does not match V<version>__<description>.sql or R__<description>.sql");
        }
        String versionText = fileName.substring(1, separator);
        String rest = fileName.substring(separator + 2, fileName.length() - 4);
        String[] parts = rest.split("\\.", -1);
        if (parts.length > 2 || parts[0].isEmpty()) {
            throw badName(source, "a description may not contain '.'; only a dialect suffix may follow it,"
                    + " as in V3__add_index.postgresql.sql");
        }
        String dialect = parts.length == 2 ? parts[1].toLowerCase(Locale.ROOT) : null;
        if (dialect != null && !MigrationDialect.KNOWN_IDS.contains(dialect)) {
            throw badName(source, "'" + parts[1] + "' is not a known dialect suffix; known: "
                    + new TreeSet<>(MigrationDialect.KNOWN_IDS));
        }
        String description = parts[0].replace('_', ' ');
        if (!versioned) {
            if (!versionText.isEmpty()) {
                throw badName(source, "a repeatable script has no version: R__<description>.sql");
            }
            return new FileName(null, description, dialect);
        }
        try {
            return new FileName(MigrationVersion.parse(versionText), description, dialect);
        } catch (IllegalArgumentException invalid) {
            throw badName(source, invalid.getMessage());
        }
    }

    private static MigrationResolutionException badName(String source, String why) {
        return new MigrationResolutionException("Migration file " + source + " has an invalid name: " + why
                + ". Rename it (or move it out of the migration locations).");
    }

    /**
     * Resolves everything found.
     *
     * @param files the scanned files
     * @param settings placeholders and Java migrations
     * @param dialect the running dialect
     * @return versioned migrations by version, then repeatable ones by description
     */
    static List<ResolvedMigration> resolve(List<ScriptFile> files, MigrationSettings settings, MigrationDialect dialect) {
        Map<Object, List<Named>> groups = new LinkedHashMap<>();
        for (ScriptFile file : files) {
            FileName name = parse(file.fileName(), file.source());
            Object key = name.version() != null ? name.version() : "R:" + name.description();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Named(file, name));
        }
        List<ResolvedMigration> resolved = new ArrayList<>();
        Map<MigrationVersion, String> versions = new LinkedHashMap<>();
        for (List<Named> group : groups.values()) {
            Named chosen = choose(group, dialect.id());
            ResolvedMigration migration = script(chosen, settings, dialect);
            resolved.add(migration);
            if (migration.version() != null) {
                versions.put(migration.version(), migration.source());
            }
        }
        for (JavaMigration java : settings.javaMigrations()) {
            String other = versions.putIfAbsent(java.version(), java.script());
            if (other != null) {
                throw new MigrationResolutionException("Two migrations have version " + java.version() + ": " + other
                        + " and " + java.script() + ". Give one of them another version.");
            }
            resolved.add(new ResolvedMigration(java.version(), java.description(), MigrationType.JAVA, java.script(),
                    java.script(), java.checksum(), List.of(), false, java));
        }
        resolved.sort(ORDER);
        return resolved;
    }

    /** Versioned migrations by version, then repeatable ones by description. */
    static final Comparator<ResolvedMigration> ORDER = Comparator
            .comparing((ResolvedMigration migration) -> migration.version() == null)
            .thenComparing(ResolvedMigration::version, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ResolvedMigration::description);

    private record Named(ScriptFile file, FileName name) {
    }

    private static Named choose(List<Named> group, String dialectId) {
        List<Named> mine = group.stream().filter(named -> dialectId.equals(named.name().dialect())).toList();
        List<Named> generic = group.stream().filter(named -> named.name().dialect() == null).toList();
        List<Named> candidates = !mine.isEmpty() ? mine : generic;
        FileName first = group.get(0).name();
        String what = first.version() != null ? "version " + first.version() : "repeatable description '"
                + first.description() + "'";
        if (candidates.size() > 1) {
            throw new MigrationResolutionException("Two migrations have " + what + ": " + sources(candidates)
                    + ". Give one of them another " + (first.version() != null ? "version." : "description."));
        }
        if (candidates.isEmpty()) {
            throw new MigrationResolutionException("Migration " + what + " has only variants for other databases: "
                    + sources(group) + ". Add a variant for " + dialectId + " (…." + dialectId + ".sql) or a generic"
                    + " file without a dialect suffix.");
        }
        return candidates.get(0);
    }

    private static String sources(List<Named> files) {
        return files.stream().map(named -> named.file().source()).collect(Collectors.joining(" and "));
    }

    private static ResolvedMigration script(Named named, MigrationSettings settings, MigrationDialect dialect) {
        ScriptFile file = named.file();
        String raw = file.content();
        String text = Checksums.normalise(raw);
        boolean nonTransactional = text.strip().lines().findFirst()
                .map(line -> line.strip().equalsIgnoreCase(NON_TRANSACTIONAL_MARKER)).orElse(false);
        if (settings.placeholderReplacement()) {
            text = Placeholders.replace(text, settings.placeholders(), file.source());
        }
        List<SqlStatement> statements;
        try {
            statements = dialect.splitter().split(text);
        } catch (IllegalArgumentException unbalanced) {
            throw new MigrationResolutionException("Migration " + file.source() + " cannot be split into statements: "
                    + unbalanced.getMessage(), unbalanced);
        }
        FileName name = named.name();
        return new ResolvedMigration(name.version(), name.description(),
                name.version() != null ? MigrationType.SQL : MigrationType.REPEATABLE, file.path(), file.source(),
                Checksums.of(raw), statements, nonTransactional, null);
    }
}
