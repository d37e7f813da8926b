package dev.quicksilver.query;

import java.util.List;
import java.util.Objects;

/**
 * One page of an offset-paged query with the total row count of the query, as returned by
 * {@link EntityQuery#page(long, int)}: what a paged table or a REST listing shows.
 *
 * <p>Immutable and thread-safe (the content list is unmodifiable; the entities are the caller's).
 *
 * @param content the page's rows in the query's order; at most {@code size}
 * @param number the page number, from 0
 * @param size the page size asked for
 * @param total how many rows the query selects over all pages
 * @param <E> the row type
 */
public record Page<E>(List<E> content, long number, int size, long total) {

    /** Copies the content and checks the numbers. */
    public Page {
        content = List.copyOf(Objects.requireNonNull(content, "content"));
        if (number < 0 || size < 1 || total < 0) {
            throw new IllegalArgumentException("Page " + number + " of size " + size + " with " + total
                    + " rows: the number and total cannot be negative and the size must be at least 1");
        }
    }

    /** How many pages the query's rows fill (0 when there are none). */
    public long totalPages() {
        return (total + size - 1) / size;
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return number + 1 < totalPages();
    }

    /** Whether a page precedes this one. */
    public boolean hasPrevious() {
        return number > 0;
    }
}
