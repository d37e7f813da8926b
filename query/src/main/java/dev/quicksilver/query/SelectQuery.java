package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.model.Relationship;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.mapping.model.Subquery;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A query selecting columns and expressions (not whole entities) from one or more tables, started by
 * {@link Quicksilver#select(Expression[])}: an immutable value, each method returning a new query.
 * Nothing runs until {@link #fetch}, {@link #one} or {@link #first} is subscribed to; each subscription
 * renders and runs it again, every value bound as a parameter.
 *
 * <pre>{@code
 * Flux<RevenueByCountry> revenue = qs.select(CUSTOMER.ADDRESS_COUNTRY, sum(INVOICE.TOTAL))
 *     .from(INVOICE).join(INVOICE.CUSTOMER)
 *     .groupBy(CUSTOMER.ADDRESS_COUNTRY)
 *     .orderBy(sum(INVOICE.TOTAL).desc())
 *     .into(RevenueByCountry.class)
 *     .fetch();
 * }</pre>
 *
 * <p>A query is also a subquery: {@link Functions#scalar}, {@link Functions#exists},
 * {@link Expression#in(Subquery)}, a derived table ({@link #as}) and a common table
 * ({@link CommonTable}). Immutable and thread-safe.
 *
 * @param <R> what each row becomes: a {@link Tuple}, the single column's value, or a record/DTO
 */
public interface SelectQuery<R> extends Subquery<R> {

    /** The expressions selected, in order. */
    List<Expression<?>> selection();

    /** Selects from an entity's table (a second call adds a cross join; prefer {@code join…on}). */
    SelectQuery<R> from(EntityModel<?> entity);

    /** Selects from a derived table ({@link #as}) or a common table ({@link CommonTable}). */
    SelectQuery<R> from(QueryTable table);

    /** {@code INNER JOIN entity ON …}. */
    JoinStep<R> join(EntityModel<?> entity);

    /** {@code INNER JOIN table ON …} for a derived or common table. */
    JoinStep<R> join(QueryTable table);

    /** {@code LEFT JOIN entity ON …}. */
    JoinStep<R> leftJoin(EntityModel<?> entity);

    /** {@code LEFT JOIN table ON …}. */
    JoinStep<R> leftJoin(QueryTable table);

    /** {@code RIGHT JOIN entity ON …}. */
    JoinStep<R> rightJoin(EntityModel<?> entity);

    /** {@code FULL JOIN entity ON …}. */
    JoinStep<R> fullJoin(EntityModel<?> entity);

    /**
     * Joins the related entity along a mapped relationship, on its foreign key (a many-to-many goes
     * through its association table): {@code join(INVOICE.CUSTOMER)}. The relationship's entity must
     * already be in the query.
     *
     * @param relationship the relationship, from the side already joined
     * @return the query
     */
    SelectQuery<R> join(Relationship<?, ?> relationship);

    /** Joins along a relationship to the target under an alias ({@code CUSTOMER.as("c")}). */
    <T> SelectQuery<R> join(Relationship<?, T> relationship, EntityModel<T> target);

    /** {@code LEFT JOIN} along a relationship: rows without a related entity are kept. */
    SelectQuery<R> leftJoin(Relationship<?, ?> relationship);

    /** {@code LEFT JOIN} along a relationship to the target under an alias. */
    <T> SelectQuery<R> leftJoin(Relationship<?, T> relationship, EntityModel<T> target);

    /** Adds a condition (AND with earlier ones). */
    SelectQuery<R> where(Condition condition);

    /** Groups by the expressions (replacing an earlier grouping). */
    SelectQuery<R> groupBy(Expression<?>... expressions);

    /** A condition on groups (AND with earlier ones). */
    SelectQuery<R> having(Condition condition);

    /** {@code SELECT DISTINCT}. */
    SelectQuery<R> distinct();

    /** Orders by the keys (replacing an earlier order); on a union, orders the whole union. */
    SelectQuery<R> orderBy(SortKey... keys);

    /** At most {@code rows} rows; on a union, of the whole union. */
    SelectQuery<R> limit(long rows);

    /** Skips the first {@code rows} rows; order the query, or the rows skipped are arbitrary. */
    SelectQuery<R> offset(long rows);

    /**
     * {@code this UNION other} (duplicates removed). Order and paging set on this query apply to the
     * whole union; the other query must have none.
     *
     * @param other a query selecting as many columns, of the same types
     * @return the union
     */
    SelectQuery<R> union(SelectQuery<?> other);

    /** {@code this UNION ALL other} (duplicates kept). */
    SelectQuery<R> unionAll(SelectQuery<?> other);

    /** Runs the query with common tables: {@code WITH …} ({@code WITH RECURSIVE} when one is recursive). */
    SelectQuery<R> with(CommonTable... tables);

    /**
     * Each row as an instance of a record or class, built by the constructor whose parameters match
     * the selection by position (the canonical constructor for a record); numbers are converted to the
     * parameter types.
     *
     * @param type the record or class
     * @param <X> its type
     * @return the query
     */
    <X> SelectQuery<X> into(Class<X> type);

    /** Each row as a {@link Tuple}. */
    SelectQuery<Tuple> asTuples();

    /**
     * This query as a derived table ({@code FROM (SELECT …) alias}); its columns are
     * {@link QueryTable#column(Expression) column(selected)}.
     *
     * @param alias a plain SQL identifier
     * @return the table
     */
    DerivedTable as(String alias);

    /** The rows, streamed as the database returns them. */
    Flux<R> fetch();

    /** The single row, empty when none; a {@link NonUniqueResultException} when there are several. */
    Mono<R> one();

    /** The first row in the query's order, empty when none. */
    Mono<R> first();

    /** The SQL this query renders to on its database's dialect, for logs and tests. */
    String sql();
}
