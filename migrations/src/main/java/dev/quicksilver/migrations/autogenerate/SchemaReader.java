package dev.quicksilver.migrations.autogenerate;

import dev.quicksilver.core.Database;
import dev.quicksilver.migrations.autogenerate.internal.Autogenerators;
import reactor.core.publisher.Mono;

/**
 * Reads the structure of a live schema into a {@link Catalog}, reactively, through the database's own
 * connections: PostgreSQL's {@code pg_catalog}, H2 2.x's {@code INFORMATION_SCHEMA}. Nothing blocks;
 * errors (an unknown kind of database, a failing query) arrive in the stream.
 *
 * <p>Immutable and thread-safe.
 */
public interface SchemaReader {

    /**
     * A reader over a database.
     *
     * @param database the database to read
     * @return the reader
     */
    static SchemaReader of(Database database) {
        return Autogenerators.reader(database);
    }

    /** The catalog of the connection's current schema. */
    Mono<Catalog> read();

    /**
     * The catalog of a schema.
     *
     * @param schema the schema's name as the database stores it (H2 folds unquoted names to upper case:
     *     {@code PUBLIC})
     * @return the catalog
     */
    Mono<Catalog> read(String schema);
}
