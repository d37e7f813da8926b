package dev.quicksilver.migrations.autogenerate.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.migrations.autogenerate.Autogenerate;
import dev.quicksilver.migrations.autogenerate.AutogenerateOptions;
import dev.quicksilver.migrations.autogenerate.Catalog;
import dev.quicksilver.migrations.autogenerate.SchemaDiff;
import dev.quicksilver.migrations.autogenerate.SchemaReader;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Creates autogenerate's implementations; use {@link Autogenerate#of}, {@link SchemaReader#of} and
 * {@link SchemaDiff#between} instead.
 */
public final class Autogenerators {

    private Autogenerators() {
    }

    /**
     * Autogenerate over a database and a model.
     *
     * @param database the live database
     * @param mapping where metadata comes from
     * @param entities the model's entity types
     * @param options the options
     * @return the autogenerate
     */
    public static Autogenerate autogenerate(Database database, MappingContext mapping, List<Class<?>> entities,
                                            AutogenerateOptions options) {
        return new DefaultAutogenerate(database, mapping, Objects.requireNonNull(entities, "entities"), options);
    }

    /**
     * A live schema reader.
     *
     * @param database the database
     * @return the reader
     */
    public static SchemaReader reader(Database database) {
        return new DefaultSchemaReader(database);
    }

    /**
     * The statements of a diff.
     *
     * @param diff the diff
     * @param dialect the dialect
     * @param schema the schema qualifying tables, or {@code null}
     * @return the statements, in order
     */
    public static List<String> statements(SchemaDiff diff, Dialect dialect, @Nullable String schema) {
        ChangeRenderer renderer = new ChangeRenderer(Objects.requireNonNull(dialect, "dialect"), schema);
        return diff.changes().stream().map(renderer::sql).toList();
    }

    /**
     * Compares two catalogs.
     *
     * @param model the model's catalog
     * @param database the live catalog
     * @param options the options
     * @return the differences
     */
    public static SchemaDiff diff(Catalog model, Catalog database, AutogenerateOptions options) {
        return SchemaDiffer.diff(Objects.requireNonNull(model, "model"), Objects.requireNonNull(database, "database"),
                Objects.requireNonNull(options, "options"));
    }
}
