package dev.quicksilver.migrations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.migrations.MigrationResolutionException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptScannerTest {

    @TempDir
    Path directory;

    @Test
    void aClasspathDirectoryIsScannedWithItsSubdirectories() {
        List<ScriptFile> files = ScriptScanner.scan(List.of("classpath:db/migration/basic"),
                getClass().getClassLoader());
        assertThat(files).extracting(ScriptFile::path).contains("V1__create_customer.sql", "R__customer_names.sql")
                .hasSize(7);
        assertThat(files.get(0).source()).startsWith("classpath:db/migration/basic/");
    }

    @Test
    void aJarOnTheClassPathIsScanned() throws Exception {
        Path jar = directory.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "db/jarred/", null);
            entry(out, "db/jarred/V1__first.sql", "CREATE TABLE a (id INT);");
            entry(out, "db/jarred/sub/V2__second.sql", "CREATE TABLE b (id INT);");
            entry(out, "db/jarred/readme.txt", "not a script");
            entry(out, "db/other/V9__elsewhere.sql", "SELECT 1;");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<ScriptFile> files = ScriptScanner.scan(List.of("classpath:/db/jarred/"), loader);
            assertThat(files).extracting(ScriptFile::path).containsExactly("V1__first.sql", "sub/V2__second.sql");
            assertThat(files.get(0).content()).isEqualTo("CREATE TABLE a (id INT);");
        }
    }

    @Test
    void aFilesystemDirectoryIsScannedAndAMissingOneIsAnError() throws Exception {
        Files.createDirectories(directory.resolve("nested"));
        Files.writeString(directory.resolve("nested/V2__b.sql"), "SELECT 2;", StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("V1__a.sql"), "SELECT 1;", StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("notes.md"), "ignored", StandardCharsets.UTF_8);

        assertThat(ScriptScanner.scan(List.of("filesystem:" + directory), getClass().getClassLoader()))
                .extracting(ScriptFile::path).containsExactly("V1__a.sql", "nested/V2__b.sql");
        assertThat(ScriptScanner.scan(List.of(directory.toString()), getClass().getClassLoader())).hasSize(2);
        assertThatThrownBy(() -> ScriptScanner.scan(List.of("filesystem:" + directory.resolve("nope")),
                getClass().getClassLoader()))
                .isInstanceOf(MigrationResolutionException.class).hasMessageContaining("nope");
    }

    @Test
    void aMissingClasspathLocationIsEmpty() {
        assertThat(ScriptScanner.scan(List.of("classpath:db/does-not-exist"), getClass().getClassLoader())).isEmpty();
    }

    private static void entry(JarOutputStream out, String name, String content) throws Exception {
        out.putNextEntry(new JarEntry(name));
        if (content != null) {
            OutputStream stream = out;
            stream.write(content.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
    }
}
