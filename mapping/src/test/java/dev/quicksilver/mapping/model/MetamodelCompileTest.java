package dev.quicksilver.mapping.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.processor.MetamodelProcessor;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs javac with the metamodel processor on small sources, as a user's build would: the generated
 * references compile and are typed, so a wrong-typed comparison is a compile error; generated code
 * passes {@code -Xlint:all -Werror}.
 */
class MetamodelCompileTest {

    private static final String SONG = """
            package music;

            import dev.quicksilver.mapping.annotation.*;
            import dev.quicksilver.mapping.Ref;
            import java.util.List;

            @Table
            public record Song(@Id int songId, String title, Integer plays, @Embedded Credits credits,
                               @ManyToOne Ref<Album> album, @Convert(Tags.class) List<String> tags) {
            }
            """;
    private static final Map<String, String> SUPPORT = Map.of("music/Credits.java", """
            package music;

            @dev.quicksilver.mapping.annotation.Embeddable
            record Credits(String composer, String lyricist) {
            }
            """, "music/Base.java", """
            package music;

            class Base {
                @dev.quicksilver.mapping.annotation.Id
                long albumId;
                java.time.Instant createdOn;
            }
            """, "music/Album.java", """
            package music;

            import dev.quicksilver.mapping.annotation.*;
            import dev.quicksilver.mapping.RefList;

            @Table
            class Album extends Base {
                String title;
                transient String cache;
                @Transient
                String note;
                static int counter;
                @OneToMany(mappedBy = "album")
                RefList<Song> songs;

                @Table(name = "album_review")
                static final class Review {
                    @Id
                    long reviewId;
                    byte[] body;
                }
            }
            """, "music/Tags.java", """
            package music;

            import java.util.List;

            final class Tags implements dev.quicksilver.mapping.Converter<List<String>, String> {
                @Override
                @SuppressWarnings("unchecked")
                public Class<List<String>> javaType() {
                    return (Class<List<String>>) (Class<?>) List.class;
                }

                @Override
                public Class<String> databaseType() {
                    return String.class;
                }

                @Override
                public String toDatabase(List<String> value) {
                    return String.join(",", value);
                }

                @Override
                public List<String> fromDatabase(String value) {
                    return List.of(value.split(","));
                }
            }
            """);

    @TempDir
    Path output;

    @Test
    void generatedReferencesCompileWithTheirTypes() throws IOException {
        Result result = compile(withSong("music/Use.java", """
                package music;

                import static music.Song_.SONG;
                import dev.quicksilver.mapping.model.*;
                import java.math.BigDecimal;
                import java.time.Instant;
                import java.util.List;

                class Use {
                    Condition hits = SONG.PLAYS.gt(1000).and(SONG.TITLE.eq("Jailbreak"))
                            .and(SONG.CREDITS_COMPOSER.isNotNull());
                    Column<Song, Integer> id = SONG.SONG_ID;
                    Column<Song, List<String>> tags = SONG.TAGS;
                    Condition tagged = SONG.TAGS.eq(List.of("rock"));
                    Column<Album, Long> inherited = Album_.ALBUM.ALBUM_ID;
                    Column<Album, Instant> created = Album_.ALBUM.CREATED_ON;
                    Column<Album.Review, byte[]> body = Album_Review_.REVIEW.BODY;
                    RelationshipPath<Album, Album> roundTrip = Album_.ALBUM.SONGS.then(SONG.ALBUM);
                    Song_ other = SONG.as("other");
                    Condition sameTitle = SONG.TITLE.eq(other.TITLE);
                }
                """));

        assertThat(result.errors()).isEmpty();
        assertThat(output.resolve("music/Song_.class")).exists();
        assertThat(output.resolve("music/Album_Review_.class")).exists();
        String album = Files.readString(output.resolve("generated/music/Album_.java"));
        assertThat(album).contains("ALBUM_ID", "CREATED_ON", "TITLE", "SONGS")
                .doesNotContain("CACHE", "NOTE", "COUNTER");
    }

    @Test
    void aWrongTypedComparisonDoesNotCompile() {
        Result result = compileUse("Condition wrong = SONG.TITLE.eq(42);");
        assertThat(result.errorLines()).containsExactly(5L);
        assertThat(result.errors().get(0)).contains("eq");
    }

    @Test
    void comparingColumnsOfDifferentTypesDoesNotCompile() {
        assertThat(compileUse("Condition wrong = SONG.PLAYS.gt(\"many\");").errorLines()).containsExactly(5L);
        assertThat(compileUse("Condition wrong = SONG.TITLE.eq(SONG.PLAYS);").errorLines()).containsExactly(5L);
        assertThat(compileUse("Column<Song, Integer> wrong = SONG.TITLE;").errorLines()).containsExactly(5L);
        assertThat(compileUse("RelationshipPath<Song, Song> wrong = SONG.ALBUM.then(SONG.ALBUM);").errorLines())
                .containsExactly(5L);
    }

    @Test
    void aMisspelledPropertyDoesNotCompile() {
        Result result = compileUse("Condition wrong = SONG.TITEL.eq(\"Jailbreak\");");
        assertThat(result.errorLines()).containsExactly(5L);
        assertThat(result.errors().get(0)).contains("TITEL");
    }

    @Test
    void twoPropertiesOnOneConstantAreACompileErrorNamingBoth() throws IOException {
        Result result = compile(Map.of("music/Venue.java", """
                package music;

                import dev.quicksilver.mapping.annotation.*;

                @Table
                public record Venue(@Id int venueId, String addressCity, @Embedded Address address) {
                    @Embeddable
                    public record Address(String city) {
                    }
                }
                """));
        assertThat(result.errors()).singleElement().asString()
                .contains("music.Venue.address.city", "ADDRESS_CITY", "property 'addressCity'");
    }

    private Result compileUse(String line) {
        try {
            return compile(withSong("music/Use.java",
                    "package music;\nimport static music.Song_.SONG;\nimport dev.quicksilver.mapping.model.*;\nclass Use {\n    "
                            + line + "\n}\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> withSong(String file, String source) {
        Map<String, String> sources = new java.util.HashMap<>(SUPPORT);
        sources.put("music/Song.java", SONG);
        sources.put(file, source);
        return sources;
    }

    private Result compile(Map<String, String> sources) throws IOException {
        Path sourceRoot = Files.createDirectories(output.resolve("src"));
        Path generated = Files.createDirectories(output.resolve("generated"));
        List<File> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file.toFile());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-d", output.toString(), "-s", generated.toString(),
                    "-classpath", classPath(Table.class, Database.class, Nullable.class),
                    "-processorpath", classPath(MetamodelProcessor.class, Nullable.class),
                    "-processor", MetamodelProcessor.class.getName());
            javac.getTask(null, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromFiles(files))
                    .call();
        }
        return new Result(diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE
                        && !diagnostic.getMessage(Locale.ROOT).contains("-Werror specified"))
                .toList());
    }

    private static String classPath(Class<?>... types) {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : types) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private record Result(List<Diagnostic<? extends JavaFileObject>> diagnostics) {

        /** Errors and warnings (which -Werror makes errors), each with its source line. */
        List<String> errors() {
            return diagnostics.stream().map(diagnostic -> (diagnostic.getSource() == null ? "" : diagnostic.getSource()
                    .getName() + ':' + diagnostic.getLineNumber() + ": ") + diagnostic.getMessage(Locale.ROOT))
                    .collect(Collectors.toList());
        }

        List<Long> errorLines() {
            return diagnostics.stream().map(Diagnostic::getLineNumber).toList();
        }
    }
}
