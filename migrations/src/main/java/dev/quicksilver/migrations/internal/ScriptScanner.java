package dev.quicksilver.migrations.internal;

import dev.quicksilver.migrations.MigrationResolutionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
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
                if (location.startsWith(CLASSPATH)) {
                    scanClasspath(location, trimSlashes(location.substring(CLASSPATH.length())), classLoader, files);
                } else {
                    String directory = location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length()) : location;
                    scanDirectory(location, Path.of(directory), files);
                }
            } catch (IOException | UncheckedIOException | URISyntaxException error) {
                throw new MigrationResolutionException("Could not read migration location " + location + ": "
                        + error.getMessage(), error);
            }
        }
        return files;
    }

    private static void scanClasspath(String location, String path, ClassLoader classLoader, List<ScriptFile> files)
            throws IOException, URISyntaxException {
        Enumeration<URL> roots = classLoader.getResources(path);
        boolean found = false;
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            found = true;
            if ("file".equals(root.getProtocol())) {
                scanDirectory(location, Path.of(root.toURI()), files);
            } else if ("jar".equals(root.getProtocol())) {
                scanJar(location, root, path, files);
            } else {
                throw new MigrationResolutionException("Migration location " + location + " resolves to " + root
                        + ", which is neither a directory nor a jar; use a filesystem: location instead.");
            }
        }
        if (!found) {
            LOG.warn("Migration location {} does not exist on the class path; no scripts are read from it.", location);
        }
    }

    private static void scanJar(String location, URL root, String path, List<ScriptFile> files) throws IOException {
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new MigrationResolutionException("Migration location " + location + " resolves to " + root
                    + ", which could not be opened as a jar.");
        }
        jarConnection.setUseCaches(false);
        String prefix = path.isEmpty() ? "" : path + "/";
        List<ScriptFile> found = new ArrayList<>();
        try (JarFile jar = jarConnection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix) && entry.getName().endsWith(".sql")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        found.add(new ScriptFile(location, entry.getName().substring(prefix.length()),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        found.sort((a, b) -> a.path().compareTo(b.path()));
        files.addAll(found);
    }

    private static void scanDirectory(String location, Path directory, List<ScriptFile> files) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new MigrationResolutionException("Migration location " + location + " is not a directory ("
                    + directory.toAbsolutePath() + "). Create it or fix the location.");
        }
        List<Path> scripts;
        try (Stream<Path> walk = Files.walk(directory)) {
            scripts = walk.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().endsWith(".sql"))
                    .sorted().toList();
        }
        for (Path script : scripts) {
            String relative = directory.relativize(script).toString().replace('\\', '/');
            files.add(new ScriptFile(location, relative, Files.readString(script, StandardCharsets.UTF_8)));
        }
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
