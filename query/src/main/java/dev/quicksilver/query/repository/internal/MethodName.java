package dev.quicksilver.query.repository.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A derived method name, parsed: what it does, how many rows it reads at most, its condition as OR
 * of ANDs, and its order.
 *
 * @param action find, count, exists or delete
 * @param distinct whether {@code Distinct} was given (entity rows are distinct by id anyway; projections
 *     select distinct rows)
 * @param limit the row limit of {@code Top<N>}/{@code First<N>}, or null
 * @param alternatives the OR branches, each an AND of parts (empty: no condition)
 * @param order the order of {@code OrderBy…}
 */
record MethodName(Action action, boolean distinct, @Nullable Integer limit, List<List<Part>> alternatives, List<Order> order) {

    MethodName {
        alternatives = alternatives.stream().map(List::copyOf).toList();
        order = List.copyOf(order);
    }

    /** The parts in parameter order. */
    List<Part> parts() {
        return alternatives.stream().flatMap(List::stream).toList();
    }

    /** What the method does. */
    enum Action {
        FIND, COUNT, EXISTS, DELETE
    }

    /**
     * One comparison of the name.
     *
     * @param property the property path ({@code unitPrice}, {@code address.city})
     * @param operator the comparison
     */
    record Part(String property, Operator operator) {
    }

    /**
     * One sort key of the name.
     *
     * @param property the property path
     * @param descending whether {@code Desc} was given
     */
    record Order(String property, boolean descending) {
    }
}
