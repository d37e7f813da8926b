package dev.quicksilver.core.internal;

import dev.quicksilver.core.ResultRow;
import dev.quicksilver.core.ResultShape;
import dev.quicksilver.core.RowMapper;
import dev.quicksilver.core.RowMapperFactory;
import dev.quicksilver.core.exception.QuicksilverException;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Maps the driver's rows for one subscription: resolves the shape and the mapper when a result's
 * metadata is first seen (and again only if a later result has other columns), then hands each
 * driver row to the mapper through one reused {@link ResultRow} view, read by index.
 *
 * <p>Not thread-safe: one instance per subscription, fed rows one at a time as R2DBC guarantees.
 */
final class RowAdapter<T> implements BiFunction<Row, RowMetadata, T>, ResultRow {

    private final RowMapperFactory<T> factory;
    private @Nullable RowMetadata lastMetadata;
    private @Nullable ResultShape shape;
    private @Nullable RowMapper<T> mapper;
    private @Nullable Row current;

    RowAdapter(RowMapperFactory<T> factory) {
        this.factory = factory;
    }

    @Override
    public T apply(Row row, RowMetadata metadata) {
        RowMapper<T> resolved = mapper;
        if (metadata != lastMetadata || resolved == null) {
            resolved = resolve(metadata);
        }
        current = row;
        T value;
        try {
            value = resolved.map(this);
        } finally {
            current = null;
        }
        if (value == null) {
            throw new QuicksilverException("The row mapper returned null for a row of " + shape + ". Reactive streams"
                    + " carry no nulls: map a NULL column to Optional, a default value, or filter the row out in SQL.");
        }
        return value;
    }

    private RowMapper<T> resolve(RowMetadata metadata) {
        ResultShape known = shape;
        RowMapper<T> resolved = mapper;
        if (known == null || resolved == null || !known.matches(metadata)) {
            known = ResultShape.of(metadata);
            resolved = factory.forShape(known);
            shape = known;
            mapper = resolved;
        }
        lastMetadata = metadata;
        return resolved;
    }

    @Override
    public ResultShape shape() {
        ResultShape known = shape;
        if (known == null) {
            throw new IllegalStateException("No result has been seen yet");
        }
        return known;
    }

    @Override
    public @Nullable Object get(int index) {
        return row().get(index);
    }

    @Override
    public <V> @Nullable V get(int index, Class<V> type) {
        return row().get(index, type);
    }

    private Row row() {
        Row row = current;
        if (row == null) {
            throw new IllegalStateException("A row was read outside its RowMapper call; copy values out of the row"
                    + " inside map(...) instead of keeping the row.");
        }
        return row;
    }
}
