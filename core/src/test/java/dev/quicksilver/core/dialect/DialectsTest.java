package dev.quicksilver.core.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.core.exception.QuicksilverException;
import dev.quicksilver.core.exception.UnsupportedFeatureException;
import io.r2dbc.spi.IsolationLevel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialectsTest {

    private final Dialect postgres = Dialects.postgres();
    private final Dialect h2 = Dialects.h2();

    @Test
    void choosesTheDialectFromTheProductName() {
        assertThat(Dialects.forProductName("PostgreSQL")).isSameAs(postgres);
        assertThat(Dialects.forProductName("H2")).isSameAs(h2);
        assertThatThrownBy(() -> Dialects.forProductName("Oracle"))
                .isInstanceOf(QuicksilverException.class)
                .hasMessageContaining("Oracle").hasMessageContaining("Supported: PostgreSQL, H2");
    }

    @Test
    void quotesIdentifiersDoublingEmbeddedQuotes() {
        assertThat(postgres.quoteIdentifier("order")).isEqualTo("\"order\"");
        assertThat(h2.quoteIdentifier("a\"b")).isEqualTo("\"a\"\"b\"");
    }

    @Test
    void namesTypesPerDatabase() {
        assertThat(postgres.typeName(ColumnType.of(ColumnType.SqlKind.JSON))).isEqualTo("jsonb");
        assertThat(h2.typeName(ColumnType.of(ColumnType.SqlKind.JSON))).isEqualTo("json");
        assertThat(postgres.typeName(ColumnType.ofLength(ColumnType.SqlKind.BINARY, 16))).isEqualTo("bytea");
        assertThat(h2.typeName(ColumnType.ofLength(ColumnType.SqlKind.BINARY, 16))).isEqualTo("varbinary(16)");
        assertThat(postgres.typeName(ColumnType.decimal(10, 2))).isEqualTo("numeric(10, 2)");
        assertThat(h2.typeName(ColumnType.ofLength(ColumnType.SqlKind.VARCHAR, 80))).isEqualTo("varchar(80)");
        // Unsized: PostgreSQL's numeric keeps any value and scale; H2's would round to scale 0, DECFLOAT does not.
        assertThat(postgres.typeName(ColumnType.of(ColumnType.SqlKind.DECIMAL))).isEqualTo("numeric");
        assertThat(h2.typeName(ColumnType.of(ColumnType.SqlKind.DECIMAL))).isEqualTo("decfloat");
        assertThat(h2.typeName(ColumnType.decimal(10, 2))).isEqualTo("numeric(10, 2)");
        assertThat(h2.typeName(ColumnType.of(ColumnType.SqlKind.TIME))).isEqualTo("time(6)");
    }

    @Test
    void namesArraysWhereTheyAreSupported() {
        ColumnType texts = ColumnType.arrayOf(ColumnType.ofLength(ColumnType.SqlKind.VARCHAR, 20));
        assertThat(postgres.typeName(texts)).isEqualTo("varchar(20)[]");
        assertThat(postgres.typeName(ColumnType.arrayOf(ColumnType.of(ColumnType.SqlKind.INTEGER)))).isEqualTo("integer[]");
        assertThatThrownBy(() -> h2.typeName(texts)).isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("array columns").hasMessageContaining("need PostgreSQL");
        assertThatThrownBy(() -> ColumnType.of(ColumnType.SqlKind.ARRAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnType.arrayOf(texts)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsSequenceValuesAndKnowsEnumTypesPerDatabase() {
        assertThat(postgres.sequenceNextValue("\"s\".\"orders_seq\"")).isEqualTo("nextval('\"s\".\"orders_seq\"')");
        assertThat(h2.sequenceNextValue("\"orders_seq\"")).isEqualTo("NEXT VALUE FOR \"orders_seq\"");
        assertThat(postgres.supportsEnumTypes()).isTrue();
        assertThat(h2.supportsEnumTypes()).isFalse();
    }

    @Test
    void rendersUpsertPerDatabase() {
        List<String> columns = List.of("\"sku\"", "\"qty\"");
        assertThat(postgres.upsert("\"stock\"", columns, List.of("\"sku\""), List.of("\"qty\""), List.of("$1", "$2")))
                .isEqualTo("INSERT INTO \"stock\" (\"sku\", \"qty\") VALUES ($1, $2) ON CONFLICT (\"sku\")"
                        + " DO UPDATE SET \"qty\" = EXCLUDED.\"qty\"");
        assertThat(h2.upsert("\"stock\"", columns, List.of("\"sku\""), List.of(), List.of("$1", "$2")))
                .startsWith("MERGE INTO \"stock\" AS t USING (VALUES ($1, $2))")
                .doesNotContain("WHEN MATCHED");
    }

    @Test
    void rendersMultiRowUpsertPerDatabase() {
        List<String> columns = List.of("\"sku\"", "\"qty\"");
        List<List<String>> rows = List.of(List.of("$1", "$2"), List.of("$3", "$4"));
        assertThat(postgres.upsertRows("\"stock\"", columns, List.of("\"sku\""), List.of("\"qty\""), rows))
                .isEqualTo("INSERT INTO \"stock\" (\"sku\", \"qty\") VALUES ($1, $2), ($3, $4) ON CONFLICT (\"sku\")"
                        + " DO UPDATE SET \"qty\" = EXCLUDED.\"qty\"");
        assertThat(h2.upsertRows("\"stock\"", columns, List.of("\"sku\""), List.of("\"qty\""), rows))
                .startsWith("MERGE INTO \"stock\" AS t USING (VALUES ($1, $2), ($3, $4)) AS s (\"sku\", \"qty\")")
                .contains("WHEN MATCHED THEN UPDATE SET \"qty\" = s.\"qty\"");
        assertThatThrownBy(() -> h2.upsertRows("\"stock\"", columns, List.of("\"sku\""), List.of(),
                List.of(List.of("$1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one marker per column");
    }

    @Test
    void refusesLocksItCannotTake() {
        assertThat(postgres.lockClause(LockMode.FOR_UPDATE_SKIP_LOCKED)).isEqualTo("FOR UPDATE SKIP LOCKED");
        assertThatThrownBy(() -> h2.lockClause(LockMode.FOR_SHARE))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("H2").hasMessageContaining("FOR_SHARE").hasMessageContaining("FOR_UPDATE");
    }

    @Test
    void marksWhatDiffersBetweenTheDatabases() {
        assertThat(postgres.inListStyle()).isEqualTo(InListStyle.ANY_ARRAY);
        assertThat(h2.inListStyle()).isEqualTo(InListStyle.ANY_ARRAY);
        assertThat(postgres.supportsTransactionalDdl()).isTrue();
        assertThat(h2.supportsTransactionalDdl()).isFalse();
        assertThat(postgres.generatedKeysStyle()).isEqualTo(GeneratedKeysStyle.RETURNING_CLAUSE);
        assertThat(postgres.bindMarker(0)).isEqualTo("$1");
        assertThat(postgres.bindMarker(999)).isEqualTo("$1000");
    }

    @Test
    void establishesTransactionSettingsWhereEachDatabaseTakesThem() {
        TransactionSettings settings = new TransactionSettings(IsolationLevel.SERIALIZABLE, true, Duration.ofSeconds(2));
        assertThat(postgres.beforeBeginStatements(settings)).isEmpty();
        assertThat(postgres.afterBeginStatements(settings))
                .containsExactly("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY",
                        "SET LOCAL statement_timeout = 2000");
        assertThat(postgres.afterTransactionStatements(settings)).isEmpty();
        assertThat(h2.beforeBeginStatements(settings)).hasSize(2);
        assertThat(h2.afterTransactionStatements(settings)).contains("SET QUERY_TIMEOUT 0");
        assertThat(h2.afterBeginStatements(TransactionSettings.DEFAULT)).isEmpty();
    }
}
