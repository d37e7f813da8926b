package dev.quicksilver.migrations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Lists the files with a suffix below a path of the class path (in every directory and jar that holds
 * it) or below a directory, subdirectories included, by path relative to that root: the migration
 * scripts of a location, the classes of a package. Blocking file I/O, for callers off the event loop.
 * Public for the module's command line only; not an API.
 */
public final class ClassPathFiles {

    /**
     * A file found.
     *
     * @param path its path below the root, with {@code /} separators
     * @param content its bytes, or {@code null} when not read
     */
    public record Found(String path, byte @Nullable [] content) {
    }

    private ClassPathFiles() {
    }

    /**
     * The files below a class-path path, each root's sorted by path.
     *
     * @param path the path, without leading or trailing slashes ("" for the roots)
     * @param loader the class loader to look in
     * @param suffix the file-name suffix, e.g. {@code .sql}
     * @param read whether to read the contents
     * @return the files, or {@code null} when no root holds the path
     * @throws IOException when a root cannot be read, or is neither a directory nor a jar
     */
    public static @Nullable List<Found> classPath(String path, ClassLoader loader, String suffix, boolean read)
            throws IOException {
        Enumeration<URL> roots = loader.getResources(path);
        if (!roots.hasMoreElements()) {
            return null;
        }
        List<Found> files = new ArrayList<>();
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if ("file".equals(root.getProtocol())) {
                try {
                    files.addAll(directory(Path.of(root.toURI()), suffix, read));
                } catch (URISyntaxException bad) {
                    throw new IOException(root + " is not a file path: " + bad.getMessage(), bad);
                }
            } else if ("jar".equals(root.getProtocol())) {
                files.addAll(jar(root, path, suffix, read));
            } else {
                throw new IOException(path + " resolves to " + root + ", which is neither a directory nor a jar");
            }
        }
        return files;
    }

    /**
     * The files below a directory, sorted by path.
     *
     * @throws IOException when it is not a directory or cannot be read
     */
    public static List<Found> directory(Path directory, String suffix, boolean read) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException(directory.toAbsolutePath() + " is not a directory");
        }
        List<Path> matches;
        try (Stream<Path> walk = Files.walk(directory)) {
            matches = walk.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        }
        List<Found> files = new ArrayList<>(matches.size());
        for (Path file : matches) {
            files.add(new Found(directory.relativize(file).toString().replace('\\', '/'),
                    read ? Files.readAllBytes(file) : null));
        }
        return files;
    }

    private static List<Found> jar(URL root, String path, String suffix, boolean read) throws IOException {
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IOException(root + " could not be opened as a jar");
        }
        jarConnection.setUseCaches(false);
        String prefix = path.isEmpty() ? "" : path + "/";
        List<Found> files = new ArrayList<>();
        try (JarFile jar = jarConnection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix) && entry.getName().endsWith(suffix)) {
                    byte[] content = null;
                    if (read) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            content = in.readAllBytes();
                        }
                    }
                    files.add(new Found(entry.getName().substring(prefix.length()), content));
                }
            }
        }
        files.sort(Comparator.comparing(Found::path));
        return files;
    }
}
