package dev.quicksilver.query;

import dev.quicksilver.core.Database;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.internal.QueryEngines;

/**
 * The entry point for typed queries over a {@link Database}: statements are built from the
 * metamodel ({@code Track_.TRACK}) as immutable values, rendered per dialect with every value bound,
 * and run on the database's connections (the Reactor Context's transaction, else the pool).
 *
 * <pre>{@code
 * Quicksilver qs = Quicksilver.of(database);
 * Flux<Invoice> big = qs.select(INVOICE)
 *     .where(INVOICE.TOTAL.gt(new BigDecimal("10")))
 *     .orderBy(INVOICE.INVOICE_DATE.desc())
 *     .load(INVOICE.LINES.then(INVOICE_LINE.TRACK))
 *     .limit(50)
 *     .fetch();
 * }</pre>
 *
 * <p>Thread-safe; create one per {@code Database} and share it.
 */
public interface Quicksilver {

    /**
     * Queries over a database, with the standard mapping (snake_case names, no extra converters).
     *
     * @param database the database
     * @return the entry point
     */
    static Quicksilver of(Database database) {
        return of(database, MappingContext.standard());
    }

    /**
     * Queries over a database with a mapping context of your own.
     *
     * @param database the database
     * @param mapping the mapping context
     * @return the entry point
     */
    static Quicksilver of(Database database, MappingContext mapping) {
        return QueryEngines.create(database, mapping);
    }

    /** The database statements run on. */
    Database database();

    /** The mapping context entities are read with. */
    MappingContext mapping();

    /**
     * A query for entities of one type.
     *
     * @param entity the entity, from the generated metamodel ({@code Track_.TRACK}) or {@link EntityModel#of}
     * @param <E> the entity type
     * @return the query, selecting every row until narrowed
     */
    <E> EntityQuery<E> select(EntityModel<E> entity);

    /**
     * An update by criteria of an entity's table.
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the statement, to be given {@code set} and {@code where}
     */
    <E> UpdateStatement<E> update(EntityModel<E> entity);

    /**
     * A delete by criteria from an entity's table.
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the statement, to be given {@code where}
     */
    <E> DeleteStatement<E> delete(EntityModel<E> entity);

    /**
     * An insert (or upsert) of one row into an entity's table.
     *
     * @param entity the entity
     * @param <E> the entity type
     * @return the statement, to be given values
     */
    <E> InsertStatement<E> insertInto(EntityModel<E> entity);
}
