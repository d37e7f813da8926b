package dev.quicksilver.mapping.model;

/**
 * A query usable inside another statement ({@code x IN (SELECT …)}); the query module's select
 * queries are subqueries. This interface only marks them, so the condition tree can hold one without
 * depending on the query module.
 *
 * @param <T> the type of the query's rows (its single column's type, for IN)
 */
public interface Subquery<T> {
}
