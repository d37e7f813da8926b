package dev.quicksilver.core.dialect;

import org.jspecify.annotations.Nullable;

/**
 * A portable column type: a kind and its size, which a {@link Dialect} turns into a type name.
 *
 * @param kind the kind of value
 * @param length the length for character and binary kinds, or {@code null}
 * @param precision the precision for {@link SqlKind#DECIMAL}, or {@code null}
 * @param scale the scale for {@link SqlKind#DECIMAL}, or {@code null}
 * @param element the type of the elements for {@link SqlKind#ARRAY}, else {@code null}
 */
public record ColumnType(SqlKind kind, @Nullable Integer length, @Nullable Integer precision,
                         @Nullable Integer scale, @Nullable ColumnType element) {

    /** Checks that an array, and only an array, has an element type (itself not an array). */
    public ColumnType {
        if ((kind == SqlKind.ARRAY) != (element != null)) {
            throw new IllegalArgumentException(kind == SqlKind.ARRAY ? "An ARRAY type needs an element type"
                    : "Only an ARRAY type has an element type, not " + kind);
        }
        if (element != null && element.kind() == SqlKind.ARRAY) {
            throw new IllegalArgumentException("Arrays of arrays are not supported; use one dimension");
        }
    }

    /** A type without element type: anything but an array. */
    public ColumnType(SqlKind kind, @Nullable Integer length, @Nullable Integer precision, @Nullable Integer scale) {
        this(kind, length, precision, scale, null);
    }

    /** A type without size. */
    public static ColumnType of(SqlKind kind) {
        return new ColumnType(kind, null, null, null);
    }

    /** A one-dimensional array of elements of the given (non-array) type. */
    public static ColumnType arrayOf(ColumnType element) {
        return new ColumnType(SqlKind.ARRAY, null, null, null, element);
    }

    /** A character or binary type of a given length. */
    public static ColumnType ofLength(SqlKind kind, int length) {
        return new ColumnType(kind, length, null, null);
    }

    /** A decimal type of given precision and scale. */
    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType(SqlKind.DECIMAL, null, precision, scale);
    }

    /** The portable kinds of column values. */
    public enum SqlKind {
        /** true/false. */
        BOOLEAN,
        /** 16-bit integer. */
        SMALLINT,
        /** 32-bit integer. */
        INTEGER,
        /** 64-bit integer. */
        BIGINT,
        /** exact decimal with precision and scale. */
        DECIMAL,
        /** 32-bit floating point. */
        REAL,
        /** 64-bit floating point. */
        DOUBLE,
        /** fixed-length characters. */
        CHAR,
        /** variable-length characters, with a length. */
        VARCHAR,
        /** unbounded text. */
        TEXT,
        /** a date without time. */
        DATE,
        /** a time of day without zone. */
        TIME,
        /** date and time without zone. */
        TIMESTAMP,
        /** date and time with offset. */
        TIMESTAMP_WITH_TIME_ZONE,
        /** a UUID. */
        UUID,
        /** bytes. */
        BINARY,
        /** JSON document (binary JSON where the database has it). */
        JSON,
        /** a one-dimensional array of values of the {@linkplain ColumnType#element() element type}. */
        ARRAY
    }
}
