package dev.quicksilver.migrations.autogenerate.internal;

import dev.quicksilver.migrations.autogenerate.AutogenerateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Versioned migration files: {@code V<version>__<description>.sql}, versions compared numerically by
 * parts ({@code 1.10} after {@code 1.9}; {@code _} separates parts like {@code .}). Blocking file
 * I/O: callers run it on a scheduler meant for it.
 */
final class MigrationFiles {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.*\\.sql");
    private static final Pattern VERSION = Pattern.compile("[0-9]+(?:[._][0-9]+)*");
    private static final Pattern DESCRIPTION = Pattern.compile("[A-Za-z0-9 _.\\-]+");

    private MigrationFiles() {
    }

    /** Writes the script as a new file; never overwrites. */
    static Path write(Path directory, @Nullable String version, String description, String script) {
        String name = fileDescription(description);
        try {
            Files.createDirectories(directory);
            List<String> versions = versions(directory);
            String chosen = version == null ? next(versions) : checked(version, versions, directory);
            Path file = directory.resolve("V" + chosen + "__" + name + ".sql");
            Files.writeString(file, script, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            return file;
        } catch (FileAlreadyExistsException exists) {
            throw new AutogenerateException("The migration " + exists.getFile() + " exists already; choose another"
                    + " version or description.", exists);
        } catch (IOException failed) {
            throw new AutogenerateException("Could not write the migration into " + directory + ": "
                    + failed.getMessage(), failed);
        }
    }

    /** The description as it goes into a file name: spaces become underscores. */
    static String fileDescription(String description) {
        String trimmed = description.strip();
        if (trimmed.isEmpty() || !DESCRIPTION.matcher(trimmed).matches()) {
            throw new AutogenerateException("The description '" + description + "' cannot be part of a migration's"
                    + " file name: use letters, digits, spaces, underscores, dots or hyphens.");
        }
        return trimmed.replaceAll("\\s+", "_");
    }

    /** The versions of the {@code V…__….sql} files in a directory (not its subdirectories). */
    static List<String> versions(Path directory) throws IOException {
        List<String> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.map(file -> VERSIONED.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .forEach(matcher -> versions.add(matcher.group(1)));
        }
        return versions;
    }

    /** The next version after the highest: its last part plus one; {@code 1} when there is none. */
    static String next(List<String> versions) {
        Optional<String> highest = versions.stream().max((a, b) -> compare(parts(a), parts(b)));
        if (highest.isEmpty()) {
            return "1";
        }
        long[] parts = parts(highest.get());
        parts[parts.length - 1]++;
        return Arrays.stream(parts).mapToObj(Long::toString).collect(Collectors.joining("."));
    }

    private static String checked(String version, List<String> versions, Path directory) {
        if (!VERSION.matcher(version).matches()) {
            throw new AutogenerateException("The version '" + version + "' is not a migration version: use numbers"
                    + " separated by dots, e.g. 4 or 1.10.");
        }
        for (String existing : versions) {
            if (compare(parts(existing), parts(version)) == 0) {
                throw new AutogenerateException("A migration of version " + existing + " exists already in " + directory
                        + "; choose another version (or none, for the next one).");
            }
        }
        return version;
    }

    private static long[] parts(String version) {
        return Arrays.stream(version.split("[._]")).mapToLong(Long::parseLong).toArray();
    }

    /** Numerically by parts; a missing part counts as 0 ({@code 1} equals {@code 1.0}). */
    static int compare(long[] a, long[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int order = Long.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
