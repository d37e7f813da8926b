package dev.quicksilver.migrations.autogenerate;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.migrations.autogenerate.internal.Autogenerators;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Compares the schema a set of entities describes with a live database and writes what differs as a
 * candidate migration, as Alembic's autogenerate does, over R2DBC.
 *
 * <pre>{@code
 * Autogenerate autogenerate = Autogenerate.of(db, MappingContext.standard(), List.of(Artist.class, Album.class));
 * autogenerate.check().map(Report::differs);                          // for CI
 * autogenerate.writeMigration(Path.of("src/main/resources/db/migration"), null, "add album year");
 * }</pre>
 *
 * <p>Renames are never guessed: a column missing from the model beside a new column of the same type
 * (or a table beside a similar new table) is a {@link Finding} for a human, the old one is not dropped,
 * and the new one is added under a TODO comment. Tables the model does not have are reported, and
 * dropped only when {@link AutogenerateOptions#allowDropTables()}. Nothing blocks: every method returns
 * a lazy {@code Mono} (file writes run on Reactor's bounded elastic scheduler), and every failure —
 * a bad entity declaration, a catalog query, a file — is an error in it.
 *
 * <p>Immutable and thread-safe.
 */
public interface Autogenerate {

    /**
     * Autogenerate with the default options.
     *
     * @param database the live database
     * @param mapping where entity metadata comes from
     * @param entities the model: entity types ({@code @Table})
     * @return the autogenerate
     */
    static Autogenerate of(Database database, MappingContext mapping, List<Class<?>> entities) {
        return of(database, mapping, entities, AutogenerateOptions.defaults());
    }

    /**
     * Autogenerate with options.
     *
     * @param database the live database
     * @param mapping where entity metadata comes from
     * @param entities the model: entity types ({@code @Table})
     * @param options schema, drops, ignored tables
     * @return the autogenerate
     */
    static Autogenerate of(Database database, MappingContext mapping, List<Class<?>> entities,
                           AutogenerateOptions options) {
        return Autogenerators.autogenerate(database, mapping, entities, options);
    }

    /** The catalog the model describes, typed and defaulted as the database's DDL would write it. */
    Mono<Catalog> model();

    /** The live catalog of the schema compared. */
    Mono<Catalog> database();

    /** What differs between {@link #model()} and {@link #database()}. */
    Mono<SchemaDiff> diff();

    /** Whether model and database differ, with the differences: {@link Report#differs()} fails a CI run. */
    Mono<Report> check();

    /**
     * The statements of a diff for this database, each without its terminating semicolon, in order.
     *
     * @param diff a diff, e.g. from {@link #diff()}
     * @return the statements
     */
    List<String> statements(SchemaDiff diff);

    /**
     * The text of the candidate migration: a header (what was compared, the changes, what must be
     * reviewed), then each statement terminated by a semicolon, with TODO comments where a human must
     * decide.
     *
     * @param description what the migration does, for the header
     * @return the script
     */
    Mono<String> script(String description);

    /**
     * Writes the candidate migration {@code V<version>__<description>.sql} into a directory (created
     * when missing). The description's spaces become underscores; it must be letters, digits, spaces,
     * underscores, dots or hyphens.
     *
     * @param directory where the versioned migrations live
     * @param version the version, or {@code null} for the next after the highest {@code V…} file there
     *     ({@code 4} after {@code V3__…}, {@code 1.10} after {@code V1.9__…}, {@code 1} for none)
     * @param description what the migration does
     * @return the file written; an {@link AutogenerateException} when a file of that version exists
     */
    Mono<Path> writeMigration(Path directory, @Nullable String version, String description);
}
