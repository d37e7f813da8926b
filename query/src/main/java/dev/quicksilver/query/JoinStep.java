package dev.quicksilver.query;

import dev.quicksilver.mapping.model.Condition;

/**
 * A join waiting for its {@code ON} condition: {@code .join(CUSTOMER).on(…)}. Immutable and thread-safe.
 *
 * @param <R> the row type of the query
 */
public interface JoinStep<R> {

    /**
     * The join condition.
     *
     * @param condition what joined rows satisfy
     * @return the query with the join
     */
    SelectQuery<R> on(Condition condition);
}
