package dev.quicksilver.mapping.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.types.ArrayBean;
import dev.quicksilver.mapping.types.ArrayRecord;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Array properties ({@code String[]}, {@code Integer[]}, … stored in array columns such as
 * {@code text[]}) written through the mapping metadata and read back equal: typical values, a NULL
 * array, an empty array, NULL elements, Unicode and the characters of PostgreSQL's array literal
 * syntax, for a record and a mutable class. The path is the one a repository takes
 * ({@link EntityRoundTrip}); arrays are compared element by element.
 *
 * <p>Where the dialect has no array columns ({@link #supportsArrays()} false: H2, whose driver
 * r2dbc-h2 1.1 cannot bind NULL elements nor read typed arrays), the round trips are skipped and the
 * DDL must refuse the entity with a {@link MappingException} naming the property.
 */
public abstract class ArrayRoundTripTestKit extends DatabaseTestKit {

    private static final MappingContext MAPPING = MappingContext.standard();
    private static final List<Class<?>> ENTITY_TYPES = List.of(ArrayRecord.class, ArrayBean.class);

    /** Whether the dialect stores array properties. */
    protected abstract boolean supportsArrays();

    @Test
    void typicalArraysRoundTrip() {
        assertEveryEntityRoundTrips(Map.of());
    }

    @Test
    void nullArraysRoundTrip() {
        assertEveryEntityRoundTrips(everyArray(typical -> null));
    }

    @Test
    void emptyArraysRoundTrip() {
        assertEveryEntityRoundTrips(everyArray(typical -> Array.newInstance(typical.getClass().getComponentType(), 0)));
    }

    @Test
    void nullElementsRoundTrip() {
        // NULL first, between two values, and last
        assertEveryEntityRoundTrips(everyArray(typical -> {
            Object array = Array.newInstance(typical.getClass().getComponentType(), 4);
            Array.set(array, 1, Array.get(typical, 0));
            Array.set(array, 2, Array.get(typical, 0));
            return array;
        }));
        assertEveryEntityRoundTrips(everyArray(typical -> Array.newInstance(typical.getClass().getComponentType(), 1)));
    }

    @Test
    void unicodeAndArraySyntaxInTextsRoundTrip() {
        String[] texts = {"emoji 😀👍🏽 CJK 漢字 combining e\u0301 RTL שלום", "{braces}", "a,b", "\"quoted\"", "back\\slash",
            "NULL", "null", "", " padded ", "tab\tnewline\n", "'single'"};
        assertEveryEntityRoundTrips(Map.of("texts", texts, "codes", new String[] {"😀漢e\u0301ש", "{,}\"\\"}));
    }

    @Test
    void extremeElementsRoundTrip() {
        Map<String, Object> values = new HashMap<>();
        values.put("smalls", new Short[] {Short.MIN_VALUE, Short.MAX_VALUE});
        values.put("numbers", new Integer[] {Integer.MIN_VALUE, Integer.MAX_VALUE});
        values.put("bigs", new Long[] {Long.MIN_VALUE, Long.MAX_VALUE});
        values.put("reals", new Float[] {-Float.MAX_VALUE, Float.MIN_VALUE, -0.0f});
        values.put("dbls", new Double[] {-Double.MAX_VALUE, Double.MIN_VALUE, -0.0d});
        values.put("amounts", new BigDecimal[] {new BigDecimal("-123456789012345678901234567890.123456789"),
            new BigDecimal("12.50")});
        values.put("prices", new BigDecimal[] {new BigDecimal("99999999.99"), new BigDecimal("-0.01")});
        values.put("dates", new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)});
        values.put("times", new LocalTime[] {LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999_999_000)});
        values.put("dateTimes", new LocalDateTime[] {LocalDateTime.of(1, 1, 1, 0, 0, 0, 1_000),
            LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000)});
        assertEveryEntityRoundTrips(values);
    }

    @Test
    void theDdlCreatesArrayColumnsOrRefusesThemNamingTheProperty() {
        SchemaDdl ddl = SchemaDdl.of(MAPPING, db.dialect());
        if (supportsArrays()) {
            execute(ddl.create(ENTITY_TYPES).toArray(String[]::new));
            execute("INSERT INTO \"array_record\" (\"id\", \"texts\") VALUES (1, ARRAY['a', NULL])");
            assertThat(db.sql("SELECT \"texts\" FROM \"array_record\"").map(row -> row.get(0, String[].class))
                    .blockFirst(Duration.ofSeconds(30))).containsExactly("a", null);
            execute(ddl.drop(ENTITY_TYPES).toArray(String[]::new));
        } else {
            assertThatThrownBy(() -> ddl.create(ENTITY_TYPES)).isInstanceOf(MappingException.class)
                    .hasMessageStartingWith(ArrayRecord.class.getName() + ".texts: ")
                    .hasMessageContaining("array columns").hasMessageContaining("need PostgreSQL");
        }
    }

    // ---- the path ----

    private void assertEveryEntityRoundTrips(Map<String, Object> overrides) {
        Assumptions.assumeTrue(supportsArrays(), () -> db.dialect().name() + " stores no array properties");
        for (Class<?> type : ENTITY_TYPES) {
            assertRoundTrips(MAPPING.entity(type), overrides);
        }
    }

    private <T> void assertRoundTrips(EntityMetadata<T> metadata, Map<String, Object> overrides) {
        Map<String, Object> typical = typicalValues();
        typical.putAll(overrides);
        Object[] values = new Object[metadata.columns().size()];
        for (ColumnMetadata column : metadata.columns()) {
            assertThat(typical).as("a value for " + column.propertyPath()).containsKey(column.propertyPath());
            values[column.propertyIndex()] = typical.get(column.propertyPath());
        }
        T written = metadata.accessor().instantiate(values, new Object[0]);
        Object[] read = EntityRoundTrip.writeAndRead(db, metadata, EntityRoundTrip.columnValues(metadata, written),
                (column, marker) -> marker);
        T readBack = metadata.accessor().instantiate(read, new Object[0]);
        for (ColumnMetadata column : metadata.columns()) {
            Object expected = metadata.accessor().columnValue(written, column.propertyIndex());
            Object actual = metadata.accessor().columnValue(readBack, column.propertyIndex());
            String description = metadata.type().getSimpleName() + '.' + column.propertyPath() + " ("
                    + db.dialect().typeName(column.columnType()) + ')';
            if (expected instanceof Object[] elements) {
                assertThat(actual).as(description).isInstanceOf(column.javaType());
                assertThat((Object[]) actual).as(description).containsExactly(elements);
            } else {
                assertThat(actual).as(description).isEqualTo(expected);
            }
        }
    }

    /** Every array property of the entities, set to what the function makes of its typical value. */
    private static Map<String, Object> everyArray(UnaryOperator<Object> value) {
        Map<String, Object> values = new HashMap<>();
        typicalValues().forEach((property, typical) -> {
            if (typical.getClass().isArray()) {
                values.put(property, value.apply(typical));
            }
        });
        return values;
    }

    private static Map<String, Object> typicalValues() {
        Map<String, Object> typical = new HashMap<>();
        typical.put("id", 1L);
        typical.put("texts", new String[] {"a", "b c"});
        typical.put("codes", new String[] {"X1"});
        typical.put("flags", new Boolean[] {true, false});
        typical.put("smalls", new Short[] {1, -2});
        typical.put("numbers", new Integer[] {3, 4, 5});
        typical.put("bigs", new Long[] {1L << 40});
        typical.put("reals", new Float[] {1.5f});
        typical.put("dbls", new Double[] {Math.PI});
        typical.put("amounts", new BigDecimal[] {new BigDecimal("12345.6789")});
        typical.put("prices", new BigDecimal[] {new BigDecimal("9.99")});
        typical.put("uuids", new UUID[] {UUID.fromString("123e4567-e89b-12d3-a456-426614174000")});
        typical.put("dates", new LocalDate[] {LocalDate.of(2024, 2, 29)});
        typical.put("times", new LocalTime[] {LocalTime.of(13, 45, 30, 123_456_000)});
        typical.put("dateTimes", new LocalDateTime[] {LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000)});
        return typical;
    }
}
