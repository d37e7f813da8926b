package dev.quicksilver.query.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The named parameters a {@code @Query} text uses, and whether it writes. */
class QueryParameterParserTest {

    @Test
    void namedParametersAreFoundOutsideQuotesAndCasts() {
        assertThat(QueryMethod.parameterNames("SELECT * FROM \"t\" WHERE \"a\" = :sku AND \"b\" > :min_qty"
                + " AND \"c\" = '10:30' AND \"d\"::int = :sku AND \"e\" = 'it''s :not'"))
                .containsExactly("sku", "min_qty");
        assertThat(QueryMethod.parameterNames("SELECT 1")).isEmpty();
    }

    @Test
    void writesAreToldByTheirFirstWord() {
        assertThat(QueryMethod.isWrite("  update \"t\" SET \"a\" = 1")).isTrue();
        assertThat(QueryMethod.isWrite("DELETE FROM \"t\"")).isTrue();
        assertThat(QueryMethod.isWrite("INSERT INTO \"t\" VALUES (1)")).isTrue();
        assertThat(QueryMethod.isWrite("MERGE INTO \"t\" USING …")).isTrue();
        assertThat(QueryMethod.isWrite("SELECT * FROM \"update\"")).isFalse();
    }
}
