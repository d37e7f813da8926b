package dev.quicksilver.mapping.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.types.Mood;
import dev.quicksilver.mapping.types.TypedBean;
import dev.quicksilver.mapping.types.TypedRecord;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every Java type the type registry supports, written through the mapping metadata and read back
 * equal, on every dialect: typical values, NULL in every nullable column, extremes, Unicode and
 * time zones, for a record entity and a mutable class entity alike.
 *
 * <p>The path is the one a repository takes ({@link EntityRoundTrip}), and the entity is built back with
 * {@link dev.quicksilver.mapping.metadata.EntityAccessor#instantiate}. Entities are compared column by
 * column through the accessor (so {@code byte[]} compares by content).
 *
 * <p>Rules made explicit per dialect by the subclass hooks: whether {@code TIMESTAMP WITH TIME ZONE}
 * keeps the offset written ({@link #keepsOffset()}; otherwise the instant must be equal), whether
 * {@code -0.0} survives in {@code real}/{@code double precision} ({@link #keepsNegativeZero()}; otherwise
 * it reads back as {@code 0.0}), how a JSON parameter is written in SQL ({@link #jsonParameter(String)})
 * and how a JSON text is reformatted ({@link #reformattedSampleJson()}). JSON documents are compared
 * with insignificant whitespace removed; the documents written have their keys in the order jsonb keeps
 * (shorter keys first), so no reordering is involved. Times are tested at microsecond precision, which
 * both databases keep; nanoseconds are truncated by both.
 */
public abstract class TypeRoundTripTestKit extends DatabaseTestKit {

    private static final MappingContext MAPPING = MappingContext.standard();
    private static final OffsetDateTime TYPICAL_MOMENT = OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000,
            ZoneOffset.ofHours(2));
    private static final String TYPICAL_JSON = "{\"a\": 1, \"tags\": [\"x\", \"y\"], \"nested\": {\"ok\": true}}";

    /** Whether a {@code TIMESTAMP WITH TIME ZONE} column keeps the offset written (else only the instant). */
    protected abstract boolean keepsOffset();

    /** Whether {@code -0.0} reads back as {@code -0.0} from {@code real} and {@code double precision} columns. */
    protected abstract boolean keepsNegativeZero();

    /** The exact text read back after writing {@link #SAMPLE_JSON} to a JSON column. */
    protected abstract String reformattedSampleJson();

    /** A JSON text with insignificant whitespace, keys out of order, a duplicate key and a trailing zero. */
    protected static final String SAMPLE_JSON = "{ \"b\" : [1, 2.50, \"x\"], \"a\": 0,\n  \"a\":{\"ü\":null} }";

    /** The SQL expression that binds a JSON text parameter given its bind marker. */
    protected abstract String jsonParameter(String marker);

    // ---- typical values, record and class ----

    @Test
    void recordWithTypicalValuesRoundTrips() {
        TypedRecord written = new TypedRecord(1, true, Boolean.FALSE, (short) 12, (short) -12, 42, -42, 1L << 40,
                -(1L << 40), 1.5f, -2.25f, Math.PI, -Math.E, new BigDecimal("12345.6789000000"),
                new BigDecimal("98765"), "short", "a longer text", UUID.fromString(
                "123e4567-e89b-12d3-a456-426614174000"), LocalDate.of(2024, 2, 29), LocalTime.of(13, 45, 30, 123_456_000),
                LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000), TYPICAL_MOMENT, TYPICAL_MOMENT.toInstant(),
                new byte[] {0, 1, 2, (byte) 0xFF}, Mood.CURIOUS, Mood.RESTLESS, TYPICAL_JSON, Duration.ofMillis(1500));
        assertRoundTrips(TypedRecord.class, written);
    }

    @Test
    void mutableClassWithTypicalValuesRoundTrips() {
        TypedBean written = new TypedBean();
        written.setId(1);
        written.setFlag(true);
        written.setFlagBox(Boolean.FALSE);
        written.setSmall((short) 12);
        written.setSmallBox((short) -12);
        written.setNumber(42);
        written.setNumberBox(-42);
        written.setBig(1L << 40);
        written.setBigBox(-(1L << 40));
        written.setReal(1.5f);
        written.setRealBox(-2.25f);
        written.setDbl(Math.PI);
        written.setDblBox(-Math.E);
        written.setAmount(new BigDecimal("12345.6789000000"));
        written.setAnyAmount(new BigDecimal("98765"));
        written.setShortText("short");
        written.setText("a longer text");
        written.setUuid(UUID.randomUUID());
        written.setDate(LocalDate.of(2024, 2, 29));
        written.setTime(LocalTime.of(13, 45, 30, 123_456_000));
        written.setDateTime(LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000));
        written.setOffsetDateTime(TYPICAL_MOMENT);
        written.setInstant(TYPICAL_MOMENT.toInstant());
        written.setBytes(new byte[] {0, 1, 2, (byte) 0xFF});
        written.setMoodText(Mood.CURIOUS);
        written.setMoodOrdinal(Mood.RESTLESS);
        written.setDocument(TYPICAL_JSON);
        written.setDuration(Duration.ofMillis(1500));
        assertRoundTrips(TypedBean.class, written);
    }

    // ---- NULL ----

    @Test
    void nullInEveryNullableColumnRoundTrips() {
        for (Class<?> type : ENTITY_TYPES) {
            EntityMetadata<?> metadata = MAPPING.entity(type);
            Object[] values = new Object[metadata.columns().size()];
            for (ColumnMetadata column : metadata.columns()) {
                values[column.propertyIndex()] = column.nullable() ? null : primitiveZero(column.javaType());
            }
            values[metadata.column("id").orElseThrow().propertyIndex()] = 7L;
            assertThat(metadata.columns().stream().filter(ColumnMetadata::nullable).count()).isGreaterThan(20);
            assertRoundTrips(metadata, values);
        }
    }

    // ---- extremes ----

    @Test
    void largestValuesRoundTrip() {
        Map<String, Object> values = new HashMap<>();
        values.put("small", Short.MAX_VALUE);
        values.put("smallBox", Short.MAX_VALUE);
        values.put("number", Integer.MAX_VALUE);
        values.put("numberBox", Integer.MAX_VALUE);
        values.put("big", Long.MAX_VALUE);
        values.put("bigBox", Long.MAX_VALUE);
        values.put("real", Float.MAX_VALUE);
        values.put("realBox", Float.MIN_VALUE);
        values.put("dbl", Double.MAX_VALUE);
        values.put("dblBox", Double.MIN_VALUE);
        // precision 38, scale 10: every digit used.
        values.put("amount", new BigDecimal("9999999999999999999999999999.9999999999"));
        values.put("anyAmount", new BigDecimal("123456789012345678901234567890123456789012345678901234567890"));
        values.put("shortText", "x".repeat(40));
        values.put("text", "long ".repeat(20_000));
        values.put("date", LocalDate.of(9999, 12, 31));
        values.put("time", LocalTime.MAX.truncatedTo(ChronoUnit.MICROS));
        values.put("dateTime", LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000));
        values.put("offsetDateTime", OffsetDateTime.of(9999, 12, 30, 23, 59, 59, 999_999_000, ZoneOffset.UTC));
        values.put("instant", OffsetDateTime.of(9999, 12, 30, 23, 59, 59, 999_999_000, ZoneOffset.UTC).toInstant());
        values.put("bytes", allByteValues());
        values.put("moodText", Mood.RESTLESS);
        values.put("moodOrdinal", Mood.RESTLESS);
        values.put("duration", Duration.ofNanos(Long.MAX_VALUE));
        assertEveryEntityRoundTrips(values);
    }

    @Test
    void smallestValuesRoundTrip() {
        Map<String, Object> values = new HashMap<>();
        values.put("small", Short.MIN_VALUE);
        values.put("smallBox", Short.MIN_VALUE);
        values.put("number", Integer.MIN_VALUE);
        values.put("numberBox", Integer.MIN_VALUE);
        values.put("big", Long.MIN_VALUE);
        values.put("bigBox", Long.MIN_VALUE);
        values.put("real", -Float.MAX_VALUE);
        values.put("realBox", -0.0f);
        values.put("dbl", -Double.MAX_VALUE);
        values.put("dblBox", -0.0d);
        values.put("amount", new BigDecimal("-9999999999999999999999999999.9999999999"));
        values.put("anyAmount", new BigDecimal("-123456789012345678901234567890123456789012345678901234567890"));
        values.put("shortText", "");
        values.put("text", "");
        values.put("uuid", new UUID(0, 0));
        values.put("date", LocalDate.of(1, 1, 1));
        values.put("time", LocalTime.MIDNIGHT);
        values.put("dateTime", LocalDateTime.of(1, 1, 1, 0, 0, 0, 1_000));
        values.put("offsetDateTime", OffsetDateTime.of(1, 1, 2, 0, 0, 0, 1_000, ZoneOffset.UTC));
        values.put("instant", OffsetDateTime.of(1, 1, 2, 0, 0, 0, 1_000, ZoneOffset.UTC).toInstant());
        values.put("bytes", new byte[0]);
        values.put("moodText", Mood.CALM);
        values.put("moodOrdinal", Mood.CALM);
        values.put("document", "[]");
        values.put("duration", Duration.ofNanos(Long.MIN_VALUE));
        assertEveryEntityRoundTrips(values);
    }

    /**
     * A BigDecimal without {@code @Column(precision)} maps to an unsized {@code numeric}: any scale on
     * PostgreSQL. On H2 2.x an unsized {@code numeric} is {@code numeric(100000, 0)}, so the fraction is
     * rounded away (12.50 reads back as 13) — a known failure of this test on H2 until the H2 dialect
     * names another type for an unsized DECIMAL (the other tests use whole numbers for this column).
     */
    @Test
    void decimalWithoutPrecisionKeepsItsFraction() {
        for (String amount : List.of("98765.4321", "12.50", "-0.000000000000000000000000000001",
                "123456789012345678901234567890.123456789012345678901234567890")) {
            // The value always survives; H2's DECFLOAT drops trailing zeros (12.50 reads back as 12.5), which the
            // comparison allows for on dialects that say so.
            assertEveryEntityRoundTrips(Map.of("anyAmount", new BigDecimal(amount)));
        }
    }

    /** Whether a decimal column declared without precision keeps a value's scale (trailing zeros). */
    protected boolean keepsTrailingZerosOfUnsizedDecimals() {
        return true;
    }

    // ---- Unicode ----

    @Test
    void unicodeTextRoundTrips() {
        String text = "emoji 😀👍🏽👨‍👩‍👧 CJK 漢字かなカナ한국어 combining e\u0301 a\u0308 RTL שלום مرحبا"
                + " control \u0001\u001F\u007F tab\tnewline\n quotes ' '' \" backslash \\ \\\\ percent % _";
        Map<String, Object> values = new HashMap<>();
        values.put("shortText", "😀漢e\u0301שלום\\'\"");
        values.put("text", text);
        values.put("document", "{\"text\": \"😀 漢字 e\u0301 שלום \\\" \\\\ \\u0001\"}");
        assertEveryEntityRoundTrips(values);
    }

    // ---- time zones ----

    @Test
    void offsetsFarFromUtcRoundTrip() {
        for (ZoneOffset offset : List.of(ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12), ZoneOffset.ofHoursMinutes(5, 45))) {
            Map<String, Object> values = new HashMap<>();
            OffsetDateTime moment = OffsetDateTime.of(2024, 12, 31, 23, 30, 0, 500_000_000, offset);
            values.put("offsetDateTime", moment);
            values.put("instant", moment.toInstant());
            assertEveryEntityRoundTrips(values);
        }
    }

    // ---- JSON ----

    @Test
    void jsonTextComesBackAsTheDialectStoresIt() {
        String written = SAMPLE_JSON;
        for (Class<?> type : ENTITY_TYPES) {
            EntityMetadata<?> metadata = MAPPING.entity(type);
            Object[] values = typicalValues(metadata, Map.of("document", written));
            Object[] read = writeAndRead(metadata, values);
            assertThat(read[metadata.column("document").orElseThrow().propertyIndex()]).isEqualTo(reformattedSampleJson());
        }
    }

    // ---- the path ----

    private static final List<Class<?>> ENTITY_TYPES = List.of(TypedRecord.class, TypedBean.class);

    private void assertEveryEntityRoundTrips(Map<String, Object> overrides) {
        for (Class<?> type : ENTITY_TYPES) {
            EntityMetadata<?> metadata = MAPPING.entity(type);
            assertRoundTrips(metadata, typicalValues(metadata, overrides));
        }
    }

    private <T> void assertRoundTrips(Class<T> type, T written) {
        EntityMetadata<T> metadata = MAPPING.entity(type);
        Object[] values = new Object[metadata.columns().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = metadata.accessor().columnValue(written, i);
        }
        assertRoundTrips(metadata, values);
    }

    /** Builds the entity from the values, writes it, reads it back and compares every property. */
    private <T> void assertRoundTrips(EntityMetadata<T> metadata, Object[] values) {
        T written = metadata.accessor().instantiate(values, new Object[0]);
        Object[] read = writeAndRead(metadata, EntityRoundTrip.columnValues(metadata, written));
        T readBack = metadata.accessor().instantiate(read, new Object[0]);
        assertThat(readBack).isInstanceOf(metadata.type());
        for (ColumnMetadata column : metadata.columns()) {
            Object expected = metadata.accessor().columnValue(written, column.propertyIndex());
            Object actual = metadata.accessor().columnValue(readBack, column.propertyIndex());
            String description = metadata.type().getSimpleName() + '.' + column.propertyPath() + " (" + column.name()
                    + ' ' + db.dialect().typeName(column.columnType()) + ')';
            if (expected instanceof OffsetDateTime moment && !keepsOffset()) {
                assertThat(actual).as(description).isInstanceOf(OffsetDateTime.class);
                assertThat(((OffsetDateTime) actual).toInstant()).as(description).isEqualTo(moment.toInstant());
            } else if (column.json() && expected instanceof String text) {
                assertThat(actual).as(description).isInstanceOf(String.class);
                assertThat(withoutWhitespace((String) actual)).as(description).isEqualTo(withoutWhitespace(text));
            } else if (expected instanceof BigDecimal amount && column.columnType().precision() == null
                    && !keepsTrailingZerosOfUnsizedDecimals()) {
                assertThat(actual).as(description).isInstanceOf(BigDecimal.class);
                assertThat((BigDecimal) actual).as(description + ": same value, trailing zeros dropped")
                        .isEqualByComparingTo(amount);
            } else if (isNegativeZero(expected) && !keepsNegativeZero()) {
                assertThat(actual).as(description + ": -0.0 reads back as 0.0").isIn(0.0f, 0.0d);
            } else {
                assertThat(actual).as(description).isEqualTo(expected);
            }
        }
    }

    /** Creates the table, inserts one row of the values, reads it back; returns Java-level values. */
    private Object[] writeAndRead(EntityMetadata<?> metadata, Object[] values) {
        return EntityRoundTrip.writeAndRead(db, metadata, values,
                (column, marker) -> column.json() ? jsonParameter(marker) : marker);
    }

    private Object[] typicalValues(EntityMetadata<?> metadata, Map<String, Object> overrides) {
        Map<String, Object> typical = new HashMap<>();
        typical.put("id", 1L);
        typical.put("flag", true);
        typical.put("flagBox", Boolean.TRUE);
        typical.put("small", (short) 1);
        typical.put("smallBox", (short) 2);
        typical.put("number", 3);
        typical.put("numberBox", 4);
        typical.put("big", 5L);
        typical.put("bigBox", 6L);
        typical.put("real", 7.5f);
        typical.put("realBox", 8.5f);
        typical.put("dbl", 9.25d);
        typical.put("dblBox", 10.25d);
        typical.put("amount", new BigDecimal("11.0000000000"));
        typical.put("anyAmount", new BigDecimal("12"));
        typical.put("shortText", "short");
        typical.put("text", "text");
        typical.put("uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        typical.put("date", TYPICAL_MOMENT.toLocalDate());
        typical.put("time", TYPICAL_MOMENT.toLocalTime());
        typical.put("dateTime", TYPICAL_MOMENT.toLocalDateTime());
        typical.put("offsetDateTime", TYPICAL_MOMENT);
        typical.put("instant", TYPICAL_MOMENT.toInstant());
        typical.put("bytes", new byte[] {1, 2, 3});
        typical.put("moodText", Mood.CALM);
        typical.put("moodOrdinal", Mood.CURIOUS);
        typical.put("document", TYPICAL_JSON);
        typical.put("duration", Duration.ofSeconds(90));
        typical.putAll(overrides);
        Object[] values = new Object[metadata.columns().size()];
        for (ColumnMetadata column : metadata.columns()) {
            assertThat(typical).as("a typical value for " + column.propertyPath()).containsKey(column.propertyPath());
            values[column.propertyIndex()] = typical.get(column.propertyPath());
        }
        return values;
    }

    private static boolean isNegativeZero(@Nullable Object value) {
        return value instanceof Float f && Float.floatToRawIntBits(f) == Float.floatToRawIntBits(-0.0f)
                || value instanceof Double d && Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(-0.0d);
    }

    /** The JSON text without whitespace outside strings. */
    private static String withoutWhitespace(String json) {
        StringBuilder result = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                result.append(c);
                if (c == '\\') {
                    result.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (!Character.isWhitespace(c)) {
                result.append(c);
                inString = c == '"';
            }
        }
        return result.toString();
    }

    private static Object primitiveZero(Class<?> type) {
        return switch (type.getName()) {
            case "boolean" -> false;
            case "short" -> (short) 0;
            case "int" -> 0;
            case "long" -> 0L;
            case "float" -> 0f;
            case "double" -> 0d;
            default -> throw new IllegalArgumentException("a non-nullable column of type " + type.getName());
        };
    }

    private static byte[] allByteValues() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
