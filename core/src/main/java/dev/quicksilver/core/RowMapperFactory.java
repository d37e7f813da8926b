package dev.quicksilver.core;

/**
 * Makes a {@link RowMapper} for one result shape: called once when a result's columns are first
 * seen, so that name lookups, converters and accessors are resolved once and each row is then read
 * by index. This is how entity and record mapping plugs into {@link Sql#mapPerShape(RowMapperFactory)}.
 *
 * @param <T> the mapped type
 */
@FunctionalInterface
public interface RowMapperFactory<T> {

    /**
     * Resolves a mapper for a shape.
     *
     * @param shape the columns of the result
     * @return the mapper for rows of that shape
     */
    RowMapper<T> forShape(ResultShape shape);
}
