package dev.quicksilver.migrations.internal;

import dev.quicksilver.migrations.MigrationResolutionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the {@code .sql} files of the configured locations: {@code classpath:<path>} in every
 * directory and jar of the class loader that holds that path, {@code filesystem:<dir>} (or a bare
 * path) in a directory; subdirectories included. Blocking file I/O: the runner calls it on
 * Reactor's bounded-elastic scheduler.
 */
final class ScriptScanner {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptScanner.class);
    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    private ScriptScanner() {
    }

    /**
     * @param locations the locations as configured
     * @param classLoader where classpath locations are looked up
     * @return every {@code .sql} file found, location by location, sorted by path within each
     */
    static List<ScriptFile> scan(List<String> locations, ClassLoader classLoader) {
        List<ScriptFile> files = new ArrayList<>();
        for (String location : locations) {
            try {
                List<ClassPathFiles.Found> found;
                if (location.startsWith(CLASSPATH)) {
                    found = ClassPathFiles.classPath(trimSlashes(location.substring(CLASSPATH.length())), classLoader,
                            ".sql", true);
                    if (found == null) {
                        LOG.warn("Migration location {} does not exist on the class path; no scripts are read from it.",
                                location);
                        continue;
                    }
                } else {
                    Path directory = Path.of(location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length())
                            : location);
                    if (!Files.isDirectory(directory)) {
                        throw new MigrationResolutionException("Migration location " + location + " is not a directory ("
                                + directory.toAbsolutePath() + "). Create it or fix the location.");
                    }
                    found = ClassPathFiles.directory(directory, ".sql", true);
                }
                for (ClassPathFiles.Found file : found) {
                    files.add(new ScriptFile(location, file.path(), new String(
                            java.util.Objects.requireNonNull(file.content()), StandardCharsets.UTF_8)));
                }
            } catch (IOException | UncheckedIOException error) {
                throw new MigrationResolutionException("Could not read migration location " + location + ": "
                        + error.getMessage(), error);
            }
        }
        return files;
    }

    private static String trimSlashes(String path) {
        String trimmed = path;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
