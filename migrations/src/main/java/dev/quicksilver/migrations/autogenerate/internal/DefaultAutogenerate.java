package dev.quicksilver.migrations.autogenerate.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.migrations.autogenerate.Autogenerate;
import dev.quicksilver.migrations.autogenerate.AutogenerateOptions;
import dev.quicksilver.migrations.autogenerate.Catalog;
import dev.quicksilver.migrations.autogenerate.Report;
import dev.quicksilver.migrations.autogenerate.SchemaDiff;
import dev.quicksilver.migrations.autogenerate.SchemaReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Reads both catalogs, diffs them, renders and writes; every step lazy, every failure in the stream. */
final class DefaultAutogenerate implements Autogenerate {

    private final Database database;
    private final MappingContext mapping;
    private final List<Class<?>> entities;
    private final AutogenerateOptions options;
    private final SchemaReader reader;

    DefaultAutogenerate(Database database, MappingContext mapping, List<Class<?>> entities, AutogenerateOptions options) {
        this.database = Objects.requireNonNull(database, "database");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.entities = List.copyOf(entities);
        this.options = Objects.requireNonNull(options, "options");
        this.reader = new DefaultSchemaReader(database);
    }

    @Override
    public Mono<Catalog> model() {
        return Mono.fromCallable(() -> ModelCatalog.of(mapping, database.dialect(), entities));
    }

    @Override
    public Mono<Catalog> database() {
        String schema = options.schema();
        return schema == null ? reader.read() : reader.read(schema);
    }

    @Override
    public Mono<SchemaDiff> diff() {
        return compare().map(Comparison::diff);
    }

    @Override
    public Mono<Report> check() {
        return compare().map(comparison -> new Report(comparison.compared(), comparison.diff()));
    }

    @Override
    public List<String> statements(SchemaDiff diff) {
        return Autogenerators.statements(diff, database.dialect(), options.schema());
    }

    @Override
    public Mono<String> script(String description) {
        return compare().map(comparison -> ScriptWriter.script(description, comparison.compared(), comparison.diff(),
                renderer()));
    }

    @Override
    public Mono<Path> writeMigration(Path directory, @Nullable String version, String description) {
        Objects.requireNonNull(directory, "directory");
        return Mono.fromCallable(() -> MigrationFiles.fileDescription(description))
                .then(script(description))
                .publishOn(Schedulers.boundedElastic())
                .map(script -> MigrationFiles.write(directory, version, description, script));
    }

    private ChangeRenderer renderer() {
        return new ChangeRenderer(database.dialect(), options.schema());
    }

    private Mono<Comparison> compare() {
        return model().flatMap(model -> database().map(live -> new Comparison(compared(model, live),
                SchemaDiffer.diff(model, live, options))));
    }

    private String compared(Catalog model, Catalog live) {
        return "the model (" + entities.size() + " entities, " + model.tables().size() + " tables) with schema "
                + live.schema() + " (" + database.dialect().name() + ", " + live.tables().size() + " tables)"
                + (options.ignoredTables().isEmpty() ? "" : ", ignoring " + options.ignoredTables());
    }

    private record Comparison(String compared, SchemaDiff diff) {
    }
}
