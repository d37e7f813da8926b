package dev.quicksilver.core.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.core.testkit.IsolatedDatabase;
import io.r2dbc.postgresql.codec.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Quicksilver reads PostgreSQL results in the binary format by default ({@code forceBinary}); every type reads back
 * as it does in the text format, as the same Java value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresBinaryResultsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String VALUES = "SELECT 12345678901234567890.123456789::numeric, 1.50::numeric(10, 2),"
            + " NULL::numeric, 7::smallint, 42::integer, 9000000000::bigint, 1.25::real, 2.5::double precision,"
            + " true, 'text'::text, 'varchar'::varchar(20), 'c'::char(3), '\\xdeadbeef'::bytea, DATE '2021-03-04',"
            + " TIME '12:34:56.789', TIMESTAMP '2021-03-04 12:34:56.789012',"
            + " TIMESTAMPTZ '2021-03-04 12:34:56.789012+02', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid,"
            + " ARRAY[1, 2, 3]::integer[], ARRAY['a', NULL, 'c']::text[], '{\"a\": [1, 2]}'::json,"
            + " '{\"b\": {\"c\": null}}'::jsonb, INTERVAL '1 day 02:03:04', 'happy'::mood, NULL::integer,"
            + " 'infinity'::timestamp, '-0.0'::double precision";

    private IsolatedDatabase isolated;
    private Database text;

    @BeforeAll
    void connect() {
        isolated = DialectTarget.postgres().create(DatabaseOptions.builder().build());
        isolated.database().sql("CREATE TYPE mood AS ENUM ('sad', 'happy')").rowsUpdated().block(TIMEOUT);
        text = Database.connect(isolated.url() + "&forceBinary=false");
    }

    @AfterAll
    void dispose() {
        if (text != null) {
            text.close().block(TIMEOUT);
        }
        if (isolated != null) {
            isolated.dispose();
        }
    }

    private static List<Object> read(Database db) {
        return db.sql(VALUES).map(row -> {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < row.shape().size(); i++) {
                Object value = row.get(i);
                values.add(value instanceof Object[] array ? Arrays.asList(array)
                        : value instanceof byte[] bytes ? Arrays.toString(bytes)
                        : value instanceof Json json ? json.asString().replace(" ", "") : String.valueOf(value));
            }
            return values;
        }).single().block(TIMEOUT);
    }

    @Test
    void everyTypeReadsTheSameInBinaryAsInText() {
        assertThat(isolated.database().toString()).contains("forceBinary=true");

        List<Object> binary = read(isolated.database());

        assertThat(binary).containsExactlyElementsOf(read(text));
    }

    @Test
    void typedReadsAgreeToo() {
        String sql = "SELECT 1.50::numeric(10, 2), 42::integer, TIMESTAMP '2021-03-04 12:34:56', 'x'::text";
        List<Object> binary = isolated.database().sql(sql).map(row -> List.<Object>of(
                row.get(0, java.math.BigDecimal.class), row.get(1, Long.class), row.get(2, java.time.LocalDateTime.class),
                row.get(3, String.class))).single().block(TIMEOUT);
        List<Object> textual = text.sql(sql).map(row -> List.<Object>of(
                row.get(0, java.math.BigDecimal.class), row.get(1, Long.class), row.get(2, java.time.LocalDateTime.class),
                row.get(3, String.class))).single().block(TIMEOUT);

        assertThat(binary).isEqualTo(textual);
    }
}
