package dev.quicksilver.migrations.autogenerate.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.Row;
import dev.quicksilver.migrations.autogenerate.AutogenerateException;
import dev.quicksilver.migrations.autogenerate.Catalog;
import dev.quicksilver.migrations.autogenerate.SchemaReader;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs the dialect's {@link CatalogQueries} one after another (so it also works inside a transaction,
 * whose single connection takes one statement at a time) and assembles the rows.
 */
final class DefaultSchemaReader implements SchemaReader {

    private final Database database;

    DefaultSchemaReader(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Mono<Catalog> read() {
        return database.sql(CatalogQueries.CURRENT_SCHEMA).map(row -> String.valueOf(row.get(0))).next()
                .flatMap(this::read);
    }

    @Override
    public Mono<Catalog> read(String schema) {
        Objects.requireNonNull(schema, "schema");
        return Mono.fromCallable(() -> CatalogQueries.forDialect(database.dialect()))
                .flatMap(queries -> database.sql(CatalogQueries.SCHEMA_EXISTS).bind("schema", schema)
                        .map(row -> ((Number) row.get(0)).longValue()).next()
                        .flatMap(found -> found > 0 ? Mono.just(queries) : Mono.error(new AutogenerateException(
                                "The schema '" + schema + "' does not exist in this " + database.dialect().name()
                                        + " database. Schema names are compared as stored (H2 stores unquoted names"
                                        + " in upper case: PUBLIC); leave the schema out to read the current one."))))
                .flatMap(queries ->
                Flux.just(queries.tables(), queries.columns(), queries.keys(), queries.foreignKeys(), queries.indexes(),
                                queries.checks(), queries.sequences(), queries.enumTypes())
                        .concatMap(sql -> database.sql(sql).bind("schema", schema).fetch().collectList())
                        .collectList()
                        .map(rows -> CatalogAssembler.assemble(schema, rows(rows))));
    }

    private static CatalogAssembler.Rows rows(List<List<Row>> rows) {
        return new CatalogAssembler.Rows(rows.get(0), rows.get(1), rows.get(2), rows.get(3), rows.get(4), rows.get(5),
                rows.get(6), rows.get(7));
    }
}
