package dev.quicksilver.migrations.autogenerate.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.migrations.autogenerate.Autogenerate;
import dev.quicksilver.migrations.autogenerate.AutogenerateOptions;
import dev.quicksilver.migrations.autogenerate.Catalog;
import dev.quicksilver.migrations.autogenerate.SchemaDiff;
import dev.quicksilver.migrations.autogenerate.SchemaReader;
import java.util.List;
import java.util.Objects;

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
