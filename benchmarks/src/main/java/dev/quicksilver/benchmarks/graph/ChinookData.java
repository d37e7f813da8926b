package dev.quicksilver.benchmarks.graph;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.MappingContext;
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
import dev.quicksilver.mapping.ddl.SchemaDdl;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The Chinook music store (version 1.4.5, MIT licence): the schema generated from the Chinook test entities of
 * {@code quicksilver-mapping}'s test jar, the rows from {@code chinook/chinook-data.sql} of
 * {@code quicksilver-query}'s test jar (the same data the query tests read). Blocks (set-up only).
 */
final class ChinookData {

    /** The Chinook entities, in the order their tables can be created. */
    static final List<Class<?>> ENTITIES = List.of(Album.class, Artist.class, Customer.class, Employee.class,
            Genre.class, Invoice.class, InvoiceLine.class, MediaType.class, Playlist.class, Track.class);

    private ChinookData() {
    }

    /**
     * Creates the tables in the connection's current schema and fills them.
     *
     * @param db the database
     */
    static void load(Database db) {
        for (String statement : SchemaDdl.of(MappingContext.standard(), db.dialect()).create(ENTITIES)) {
            db.sql(statement).rowsUpdated().block();
        }
        for (String statement : dataStatements()) {
            db.sql(statement).rowsUpdated().block();
        }
    }

    private static List<String> dataStatements() {
        try (InputStream in = Objects.requireNonNull(ChinookData.class.getResourceAsStream("/chinook/chinook-data.sql"),
                "chinook/chinook-data.sql (quicksilver-query's test jar)")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            // As the query tests read it: statements end with ");" at a line end, which no value contains.
            return Arrays.stream(script.split("\\);\\s*\\n")).map(String::strip).filter(sql -> !sql.isEmpty())
                    .map(sql -> sql.endsWith(")") ? sql : sql + ")").toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
