package dev.quicksilver.migrations.autogenerate;

import dev.quicksilver.core.dialect.Dialect;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A column type in a portable form that a live schema's type and the model's DDL type both reduce to:
 * a canonical lower-case name ({@code varchar}, {@code numeric}, {@code timestamp with time zone}, …;
 * PostgreSQL's {@code character varying}, {@code int4} or H2's {@code CHARACTER VARYING} become
 * {@code varchar} and {@code integer}) and the sizes that matter for that name: the length of
 * character and binary types, the precision and scale of {@code numeric}, the fractional-second
 * precision of time types. Any other name (a user-defined type such as a PostgreSQL enum) is kept as
 * stored, without quotes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the canonical name
 * @param length the length of a character or binary type, or {@code null} (unbounded or not sized)
 * @param precision the precision of {@code numeric}, or of a time type's fractional seconds, or {@code null}
 * @param scale the scale of {@code numeric}, or {@code null}
 * @param array whether it is an array of that type
 */
public record ColumnDataType(String name, @Nullable Integer length, @Nullable Integer precision,
                             @Nullable Integer scale, boolean array) {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
            Map.entry("character", "char"), Map.entry("bpchar", "char"),
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int2", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"),
            Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("double", "double precision"), Map.entry("float", "double precision"),
            Map.entry("bool", "boolean"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("time without time zone", "time"), Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timetz", "time with time zone"), Map.entry("binary varying", "varbinary"),
            Map.entry("character large object", "clob"), Map.entry("binary large object", "blob"),
            Map.entry("varchar_ignorecase", "varchar_ignorecase"));

    private static final Set<String> SIZED_BY_LENGTH = Set.of("char", "varchar", "varbinary", "binary", "bit",
            "bit varying", "varchar_ignorecase");
    private static final Set<String> TIME_TYPES = Set.of("time", "timestamp", "time with time zone",
            "timestamp with time zone");
    private static final Set<String> BUILT_IN = Set.of("boolean", "smallint", "integer", "bigint", "tinyint",
            "numeric", "decfloat", "real", "double precision", "char", "varchar", "text", "clob", "blob", "date",
            "time", "timestamp", "time with time zone", "timestamp with time zone", "uuid", "bytea", "varbinary",
            "binary", "json", "jsonb", "interval", "bit", "bit varying", "varchar_ignorecase", "xml", "money",
            "inet", "cidr", "oid");

    /** Checks the name. */
    public ColumnDataType {
        Objects.requireNonNull(name, "name");
    }

    /**
     * A type from its parts, with the name made canonical and sizes that do not matter for it dropped.
     *
     * @param name the type's name as a database or dialect spells it, e.g. {@code CHARACTER VARYING}
     * @param length a length, or {@code null}
     * @param precision a precision, or {@code null}
     * @param scale a scale, or {@code null}
     * @param array whether it is an array of that type
     * @return the portable type
     */
    public static ColumnDataType of(String name, @Nullable Integer length, @Nullable Integer precision,
                                    @Nullable Integer scale, boolean array) {
        String canonical = canonicalName(name);
        if (SIZED_BY_LENGTH.contains(canonical)) {
            // sizes given positionally ("varchar(20)") arrive as precision
            Integer size = length != null ? length : precision;
            return new ColumnDataType(canonical, size, null, null, array);
        }
        if (canonical.equals("numeric")) {
            Integer effectiveScale = precision != null && scale == null ? Integer.valueOf(0) : scale;
            return new ColumnDataType(canonical, null, precision, precision == null ? null : effectiveScale, array);
        }
        if (TIME_TYPES.contains(canonical)) {
            return new ColumnDataType(canonical, null, precision != null ? precision : length, null, array);
        }
        return new ColumnDataType(canonical, null, null, null, array);
    }

    /**
     * Parses a type as DDL or PostgreSQL's {@code format_type} writes it: {@code varchar(200)},
     * {@code numeric(10,2)}, {@code timestamp(3) without time zone}, {@code character varying(20)[]},
     * {@code "mood"}.
     *
     * @param sql the type's text
     * @return the portable type
     */
    public static ColumnDataType parse(String sql) {
        String text = sql.strip();
        boolean array = false;
        while (text.endsWith("[]")) {
            array = true;
            text = text.substring(0, text.length() - 2).strip();
        }
        if (text.startsWith("\"") && text.endsWith("\"")) {
            // a quoted (maybe schema-qualified) user-defined type: its last name
            int start = text.lastIndexOf('"', text.length() - 2);
            return new ColumnDataType(text.substring(start + 1, text.length() - 1), null, null, null, array);
        }
        int open = text.indexOf('(');
        if (open < 0) {
            return of(text, null, null, null, array);
        }
        int close = text.indexOf(')', open);
        String[] sizes = text.substring(open + 1, close).split(",");
        String name = (text.substring(0, open).strip() + " " + text.substring(close + 1).strip()).strip();
        Integer first = Integer.valueOf(sizes[0].strip());
        Integer second = sizes.length > 1 ? Integer.valueOf(sizes[1].strip()) : null;
        return of(name, null, first, second, array);
    }

    private static String canonicalName(String name) {
        String lower = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String canonical = SYNONYMS.getOrDefault(lower, lower);
        // keep a user-defined name's case: it is an identifier, not a keyword
        return BUILT_IN.contains(canonical) ? canonical : name.strip();
    }

    /**
     * Whether a value of this type and of the other are stored alike: same name, array-ness, length,
     * precision and scale, except that a time type's fractional precision counts only when both give it.
     *
     * @param other the other type
     * @return whether they match
     */
    public boolean matches(ColumnDataType other) {
        if (!name.equalsIgnoreCase(other.name) || array != other.array || !Objects.equals(length, other.length)
                || !Objects.equals(scale, other.scale)) {
            return false;
        }
        if (TIME_TYPES.contains(name) && (precision == null || other.precision == null)) {
            return true;
        }
        return Objects.equals(precision, other.precision);
    }

    /**
     * The type as DDL writes it for a dialect: sizes in parentheses, a user-defined name quoted.
     *
     * @param dialect the dialect quoting identifiers
     * @return e.g. {@code varchar(200)}, {@code numeric(10, 2)}, {@code "mood"}
     */
    public String sql(Dialect dialect) {
        StringBuilder sql = new StringBuilder();
        if (!BUILT_IN.contains(name)) {
            sql.append(dialect.quoteIdentifier(name));
        } else {
            String[] words = name.split(" ", 2);
            sql.append(words[0]);
            if (length != null) {
                sql.append('(').append(length).append(')');
            } else if (precision != null) {
                sql.append('(').append(precision).append(scale == null ? "" : ", " + scale).append(')');
            }
            if (words.length > 1) {
                sql.append(' ').append(words[1]);
            }
        }
        return array ? sql.append("[]").toString() : sql.toString();
    }

    /** The type without dialect quoting, e.g. {@code varchar(200)}, for messages. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name);
        if (length != null) {
            text.append('(').append(length).append(')');
        } else if (precision != null) {
            text.append('(').append(precision).append(scale == null ? "" : ", " + scale).append(')');
        }
        return array ? text.append("[]").toString() : text.toString();
    }
}
