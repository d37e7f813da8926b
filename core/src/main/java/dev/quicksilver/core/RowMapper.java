package dev.quicksilver.core;

/**
 * Turns one row into a value. Called once per row on the thread that delivers it; must not keep the
 * row after returning.
 *
 * @param <T> the mapped type
 */
@FunctionalInterface
public interface RowMapper<T> {

    /**
     * Maps a row.
     *
     * @param row the row, valid during this call only
     * @return the value (not {@code null}: Reactor streams carry no nulls)
     */
    T map(ResultRow row);
}
