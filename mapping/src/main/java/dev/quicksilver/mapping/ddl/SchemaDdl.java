package dev.quicksilver.mapping.ddl;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.mapping.MappingContext;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders the schema of a set of entities as DDL for one dialect, from their metadata.
 *
 * <pre>{@code
 * List<String> statements = SchemaDdl.of(MappingContext.standard(), Dialects.postgres())
 *         .create(List.of(Artist.class, Album.class));
 * }</pre>
 *
 * <p>{@link #create(List)} returns, in order: sequences of sequence-generated keys (the key column
 * defaults to the sequence's next value, so an insert without it draws one), the native enum types of
 * {@code @Enumerated(EnumStorage.NATIVE)} properties where the dialect has named enum types
 * ({@code CREATE TYPE … AS ENUM} on PostgreSQL; the column is then of that type, elsewhere text), one
 * {@code CREATE TABLE} per entity (columns, primary key {@code <table>_pkey}, unique and check
 * constraints), the association tables of owning many-to-many relationships, then every foreign key
 * as {@code ALTER TABLE … ADD CONSTRAINT} (after all tables, so cycles and self-references work), then
 * the indexes. Every identifier is quoted by the dialect, so names are created exactly as the
 * metadata spells them (lower case with the default naming strategy, on every database).
 *
 * <p>Immutable and thread-safe.
 */
public interface SchemaDdl {

    /**
     * A renderer for a mapping context and a dialect.
     *
     * @param mapping where entity metadata comes from
     * @param dialect the database the DDL is for
     * @return the renderer
     */
    static SchemaDdl of(MappingContext mapping, Dialect dialect) {
        return new DefaultSchemaDdl(Objects.requireNonNull(mapping, "mapping"), Objects.requireNonNull(dialect, "dialect"));
    }

    /**
     * The statements creating the tables, association tables, sequences, foreign keys and indexes of
     * the entities, in an order the database accepts.
     *
     * @param entities entity types (annotated {@code @Table}); order decides the order of tables
     * @return the statements, one per element, without trailing semicolons
     * @throws dev.quicksilver.mapping.MappingException when an entity's declaration is wrong, or a
     *     property's type cannot be stored on this dialect (arrays on H2), naming the property
     */
    List<String> create(List<Class<?>> entities);

    /**
     * The statements dropping what {@link #create(List)} creates: association tables, then the
     * entities' tables in reverse order (with {@code CASCADE}, so foreign keys from elsewhere go too),
     * then the sequences, then the enum types.
     *
     * @param entities entity types
     * @return the statements, in order
     */
    List<String> drop(List<Class<?>> entities);

    /**
     * The tables {@link #create(List)} creates, in the same order (entity tables, then association
     * tables), as values: for tools that compare the model with a live schema, such as migrations'
     * autogenerate.
     *
     * @param entities entity types
     * @return the table definitions
     * @throws dev.quicksilver.mapping.MappingException as {@link #create(List)} does
     */
    List<TableDefinition> tables(List<Class<?>> entities);

    /**
     * A column's type as the DDL writes it: the dialect's name for its portable type (e.g.
     * {@code varchar(200)}), or its quoted native enum type where the dialect has named enum types.
     *
     * @param column a column of one of {@link #tables(List)}
     * @return the type name
     */
    String typeName(TableDefinition.Column column);

    /**
     * A column's default as the DDL writes it: its sequence's next value, else its declared default.
     *
     * @param column a column of one of {@link #tables(List)}
     * @return the expression, or {@code null} when it has none (identity columns included)
     */
    @Nullable String defaultExpression(TableDefinition.Column column);
}
