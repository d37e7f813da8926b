package dev.quicksilver.mapping.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.core.testkit.IsolatedDatabase;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.chinook.Album;
import dev.quicksilver.mapping.chinook.Artist;
import dev.quicksilver.mapping.chinook.Customer;
import dev.quicksilver.mapping.chinook.Employee;
import dev.quicksilver.mapping.chinook.Genre;
import dev.quicksilver.mapping.chinook.Invoice;
import dev.quicksilver.mapping.chinook.InvoiceLine;
import dev.quicksilver.mapping.chinook.MediaType;
import dev.quicksilver.mapping.chinook.Playlist;
import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.mapping.ddl.DdlSamples;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The DDL rendered from the Chinook entities builds the same schema as the Chinook script: the
 * script's DDL runs in the test's database, the generated DDL in a second isolated database, and the
 * two catalogs are compared (tables, columns with types, sizes and nullability, primary keys, foreign
 * keys with their delete rules, indexes). Structures are compared, not DDL text; names without regard
 * to case, since the script's unquoted names are upper case on H2 and the generated quoted ones are
 * lower case everywhere.
 */
public abstract class ChinookSchemaTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The Chinook entities, in the script's table order. */
    protected static final List<Class<?>> CHINOOK = List.of(Album.class, Artist.class, Customer.class,
            Employee.class, Genre.class, Invoice.class, InvoiceLine.class, MediaType.class, Playlist.class,
            Track.class);

    /** An album whose title is one character longer than the script's: the comparison must notice. */
    @Table(name = "album")
    record WiderAlbum(@Id int albumId, @Column(length = 161, nullable = false) String title,
                      @ManyToOne(optional = false) Ref<Artist> artist) {
    }

    /**
     * The dialect's index query: rows of (table name, index name, column name, position in the index,
     * unique) for the current schema's indexes that back no constraint.
     */
    protected abstract String indexCatalogQuery();

    @Test
    void theGeneratedSchemaHasTheChinookScriptsCatalog() {
        SchemaCatalog script = scriptCatalog();
        SchemaCatalog generated = generatedCatalog(CHINOOK);

        assertThat(script.tables()).hasSize(11);
        assertThat(script.columns()).hasSize(64);
        assertThat(script.keys()).hasSize(11);
        assertThat(script.indexes()).hasSize(11);
        assertThat(script.foreignKeys()).hasSize(11);
        assertThat(generated.tables()).isEqualTo(script.tables());
        assertThat(generated.columns()).isEqualTo(script.columns());
        assertThat(generated.keys()).isEqualTo(script.keys());
        assertThat(generated.foreignKeys()).isEqualTo(script.foreignKeys());
        assertThat(generated.indexes()).isEqualTo(script.indexes());
        assertThat(generated).isEqualTo(script);
    }

    @Test
    void aChangedColumnLengthIsADifference() {
        List<Class<?>> changed = new ArrayList<>(CHINOOK);
        changed.set(0, WiderAlbum.class);
        SchemaCatalog script = scriptCatalog();
        SchemaCatalog generated = generatedCatalog(changed);

        assertThat(generated.columns()).isNotEqualTo(script.columns());
        assertThat(generated.columns()).filteredOn(column -> !script.columns().contains(column))
                .singleElement().asString().startsWith("album.title ").contains(" 161 ");
        assertThat(generated.foreignKeys()).isEqualTo(script.foreignKeys());
    }

    @Test
    void theSampleDdlRunsAndDrops() {
        SchemaDdl ddl = SchemaDdl.of(MappingContext.standard(), db.dialect());
        execute(ddl.create(DdlSamples.ENTITIES).toArray(String[]::new));
        // the generated names are quoted lower case: quoted here too, or H2 would look for upper-case ones
        // the orders' keys are drawn from their sequence, the client's from its identity
        execute("INSERT INTO \"client\" (\"email\") VALUES ('a@example.org')",
                "INSERT INTO \"orders\" (\"client_id\", \"placed\") VALUES (1, 7)",
                "INSERT INTO \"orders\" (\"client_id\", \"placed\") VALUES (1, 8)",
                "INSERT INTO \"tag\" (\"code\") VALUES ('new')", "INSERT INTO \"orders_tag\" VALUES (1, 'new')");
        assertThat(db.sql("SELECT \"order_id\" FROM \"orders\" ORDER BY \"placed\"").map(row -> row.get(0, Long.class))
                .collectList().block(TIMEOUT)).containsExactly(1L, 2L);
        assertThat(count("\"orders_tag\"")).isOne();
        execute("DELETE FROM \"client\"");
        assertThat(count("\"orders\"")).isZero();
        assertThat(count("\"orders_tag\"")).isZero();
        execute(ddl.drop(DdlSamples.ENTITIES).toArray(String[]::new));
        assertThat(SchemaCatalog.read(db, indexCatalogQuery()).tables()).isEmpty();
        // everything went, sequences and enum types included: the schema can be created again
        execute(ddl.create(DdlSamples.ENTITIES).toArray(String[]::new));
        execute(ddl.drop(DdlSamples.ENTITIES).toArray(String[]::new));
    }

    private SchemaCatalog scriptCatalog() {
        execute(scriptStatements().toArray(String[]::new));
        return SchemaCatalog.read(db, indexCatalogQuery());
    }

    /** Applies the generated DDL in a second isolated database and reads its catalog. */
    private SchemaCatalog generatedCatalog(List<Class<?>> entities) {
        IsolatedDatabase second = target().create(DatabaseOptions.builder().build());
        try {
            Database generated = second.database();
            for (String statement : SchemaDdl.of(MappingContext.standard(), generated.dialect()).create(entities)) {
                generated.sql(statement).rowsUpdated().block(TIMEOUT);
            }
            return SchemaCatalog.read(generated, indexCatalogQuery());
        } finally {
            second.dispose();
        }
    }

    /** The DDL part of the Chinook script, from the class path, one statement per element. */
    private static List<String> scriptStatements() {
        try (InputStream in = Objects.requireNonNull(
                ChinookSchemaTestKit.class.getResourceAsStream("/chinook/chinook-schema.sql"), "chinook-schema.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
            return Arrays.stream(script.split(";")).map(String::strip).filter(sql -> !sql.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
