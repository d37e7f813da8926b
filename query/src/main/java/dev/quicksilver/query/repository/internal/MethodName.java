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
 * @param allIgnoreCase whether {@code AllIgnoreCase} ended the condition (every text comparison ignores case)
 * @param sortParameter whether the method's last parameter is a {@code SortKey...} ordering each call
 */
record MethodName(Action action, boolean distinct, @Nullable Integer limit, List<List<Part>> alternatives, List<Order> order,
                  boolean allIgnoreCase, boolean sortParameter) {

    MethodName {
        alternatives = alternatives.stream().map(List::copyOf).toList();
        order = List.copyOf(order);
    }

    /** The same name for a method whose last parameter is a {@code SortKey...}. */
    MethodName withSortParameter() {
        return new MethodName(action, distinct, limit, alternatives, order, allIgnoreCase, true);
    }

    /** The same name with {@code IgnoreCase} set on the parts that pass the test ({@code AllIgnoreCase} resolved). */
    MethodName ignoringCaseWhere(java.util.function.Predicate<Part> test) {
        List<List<Part>> resolved = alternatives.stream().map(branch -> branch.stream()
                .map(part -> part.ignoreCase() || !test.test(part) ? part
                        : new Part(part.property(), part.operator(), true)).toList()).toList();
        return new MethodName(action, distinct, limit, resolved, order, allIgnoreCase, sortParameter);
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
     * @param ignoreCase whether the part ended with {@code IgnoreCase} (or {@code IgnoringCase})
     */
    record Part(String property, Operator operator, boolean ignoreCase) {

        /** A comparison that respects case. */
        Part(String property, Operator operator) {
            this(property, operator, false);
        }

        /** Whether a comparison of this operator can ignore case (equality and the text matches). */
        boolean canIgnoreCase() {
            return operator == Operator.EQUAL || operator == Operator.NOT_EQUAL || operator.isTextMatch();
        }
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
