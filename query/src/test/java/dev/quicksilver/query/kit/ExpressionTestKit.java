package dev.quicksilver.query.kit;

import static dev.quicksilver.mapping.chinook.Album_.ALBUM;
import static dev.quicksilver.mapping.chinook.Artist_.ARTIST;
import static dev.quicksilver.mapping.chinook.Customer_.CUSTOMER;
import static dev.quicksilver.mapping.chinook.Genre_.GENRE;
import static dev.quicksilver.mapping.chinook.InvoiceLine_.INVOICE_LINE;
import static dev.quicksilver.mapping.chinook.Invoice_.INVOICE;
import static dev.quicksilver.mapping.chinook.Track_.TRACK;
import static dev.quicksilver.query.Functions.abs;
import static dev.quicksilver.query.Functions.cast;
import static dev.quicksilver.query.Functions.castToDecimal;
import static dev.quicksilver.query.Functions.coalesce;
import static dev.quicksilver.query.Functions.concat;
import static dev.quicksilver.query.Functions.count;
import static dev.quicksilver.query.Functions.exists;
import static dev.quicksilver.query.Functions.length;
import static dev.quicksilver.query.Functions.lower;
import static dev.quicksilver.query.Functions.max;
import static dev.quicksilver.query.Functions.min;
import static dev.quicksilver.query.Functions.rawCondition;
import static dev.quicksilver.query.Functions.rawExpression;
import static dev.quicksilver.query.Functions.round;
import static dev.quicksilver.query.Functions.rowNumber;
import static dev.quicksilver.query.Functions.sum;
import static dev.quicksilver.query.Functions.upper;
import static dev.quicksilver.query.Functions.value;
import static dev.quicksilver.query.Functions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.core.exception.UnsupportedFeatureException;
import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.query.Functions;
import dev.quicksilver.query.NonUniqueResultException;
import dev.quicksilver.query.Tuple;
import dev.quicksilver.query.Window;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * The expression language of projection queries over the Chinook data: functions, CASE, casts,
 * arithmetic, window functions, unions, joins on conditions, raw fragments and subqueries in the select
 * list, each checked against hand-written SQL; and bad references reported as errors in the stream.
 */
public abstract class ExpressionTestKit extends ChinookTestKit {

    /** A DTO read by constructor position, with a primitive that cannot take NULL. */
    public record NameAndBytes(String name, int bytes) {
    }

    private static List<List<Object>> normalized(List<List<Object>> rows) {
        return rows.stream().map(row -> row.stream().map(value -> value instanceof Number number
                ? (Object) new BigDecimal(number.toString()).stripTrailingZeros()
                : value).toList()).toList();
    }

    private List<List<Object>> fetched(dev.quicksilver.query.SelectQuery<Tuple> query) {
        return query.fetch().map(tuple -> (List<Object>) new ArrayList<Object>(tuple.values())).collectList()
                .block(TIMEOUT);
    }

    private String lastSql() {
        return recorder.statements().get(recorder.statements().size() - 1).sql();
    }

    @Test
    void scalarFunctionsCaseCoalesceCastsAndArithmeticMatchTheSql() {
        List<List<Object>> tracks = fetched(qs.select(TRACK.TRACK_ID, lower(TRACK.NAME), upper(TRACK.NAME),
                        length(TRACK.NAME), TRACK.MILLISECONDS.dividedBy(1000), coalesce(TRACK.COMPOSER, "unknown"),
                        when(TRACK.MILLISECONDS.gt(300_000), "long").when(TRACK.MILLISECONDS.gt(200_000), "medium")
                                .otherwise("short"),
                        // H2 keeps the scale of the product's type (tens of thousands of digits) when ROUND's places is a
                        // parameter: cast for a result of a fixed scale.
                        castToDecimal(round(TRACK.UNIT_PRICE.times(new BigDecimal("1.175")), 2), 10, 2),
                        abs(TRACK.MILLISECONDS.minus(250_000)), cast(TRACK.TRACK_ID, String.class),
                        concat(TRACK.NAME, value(" / "), coalesce(TRACK.COMPOSER, "?")))
                .from(TRACK).where(TRACK.TRACK_ID.le(40)).orderBy(TRACK.TRACK_ID.asc()));
        String sql = lastSql();
        assertThat(normalized(tracks)).hasSize(40).isEqualTo(normalized(rows("SELECT \"track_id\", LOWER(\"name\"),"
                + " UPPER(\"name\"), CHAR_LENGTH(\"name\"), \"milliseconds\" / 1000, COALESCE(\"composer\", 'unknown'),"
                + " CASE WHEN \"milliseconds\" > 300000 THEN 'long' WHEN \"milliseconds\" > 200000 THEN 'medium'"
                + " ELSE 'short' END, ROUND(\"unit_price\" * 1.175, 2), ABS(\"milliseconds\" - 250000),"
                + " CAST(\"track_id\" AS VARCHAR), CONCAT(\"name\", ' / ', COALESCE(\"composer\", '?'))"
                + " FROM \"track\" WHERE \"track_id\" <= 40 ORDER BY 1")));
        assertThat(sql).doesNotContain("300000", "unknown", "1.175", "medium", "' / '");
    }

    @Test
    void rowNumberOverAWindowAndMinMax() {
        List<List<Object>> numbered = fetched(qs.select(ALBUM.TITLE, TRACK.NAME,
                        rowNumber().over(Window.partitionBy(ALBUM.ALBUM_ID).orderBy(TRACK.MILLISECONDS.desc(),
                                TRACK.TRACK_ID.asc())),
                        min(TRACK.MILLISECONDS).over(Window.partitionBy(ALBUM.ALBUM_ID)))
                .from(TRACK).join(TRACK.ALBUM).where(ALBUM.ALBUM_ID.le(3))
                .orderBy(ALBUM.ALBUM_ID.asc(), TRACK.MILLISECONDS.desc(), TRACK.TRACK_ID.asc()));
        assertThat(normalized(numbered)).isEqualTo(normalized(rows("SELECT a.\"title\", t.\"name\","
                + " ROW_NUMBER() OVER (PARTITION BY a.\"album_id\" ORDER BY t.\"milliseconds\" DESC, t.\"track_id\"),"
                + " MIN(t.\"milliseconds\") OVER (PARTITION BY a.\"album_id\")"
                + " FROM \"track\" t JOIN \"album\" a ON a.\"album_id\" = t.\"album_id\" WHERE a.\"album_id\" <= 3"
                + " ORDER BY a.\"album_id\", t.\"milliseconds\" DESC, t.\"track_id\"")));
        assertThat(numbered.get(0).get(2)).isEqualTo(1L);
        Integer longest = qs.select(max(TRACK.MILLISECONDS)).from(TRACK).one().block(TIMEOUT);
        assertThat(longest).isEqualTo(rows("SELECT MAX(\"milliseconds\") FROM \"track\"").get(0).get(0));
    }

    @Test
    void unionsDistinctAndPagingSelectSingleValues() {
        List<String> names = qs.select(ARTIST.NAME).from(ARTIST).where(ARTIST.NAME.startsWith("Ac"))
                .union(qs.select(ALBUM.TITLE).from(ALBUM).where(ALBUM.TITLE.startsWith("Ac")))
                .orderBy(ARTIST.NAME.desc()).fetch().collectList().block(TIMEOUT);
        assertThat(names).isEqualTo(rows("SELECT \"name\" FROM \"artist\" WHERE \"name\" LIKE 'Ac%' UNION"
                + " SELECT \"title\" FROM \"album\" WHERE \"title\" LIKE 'Ac%' ORDER BY 1 DESC").stream()
                .map(row -> row.get(0)).toList()).isNotEmpty();
        List<String> countries = qs.select(CUSTOMER.ADDRESS_COUNTRY).from(CUSTOMER).distinct()
                .orderBy(CUSTOMER.ADDRESS_COUNTRY.asc()).limit(5).offset(3).fetch().collectList().block(TIMEOUT);
        assertThat(countries).isEqualTo(rows("SELECT DISTINCT \"country\" FROM \"customer\" ORDER BY 1"
                + " LIMIT 5 OFFSET 3").stream().map(row -> row.get(0)).toList()).hasSize(5);
    }

    @Test
    void joinsOnConditionsIncludingOuterJoins() {
        List<List<Object>> sold = fetched(qs.select(TRACK.NAME, count(INVOICE_LINE.INVOICE_LINE_ID))
                .from(INVOICE_LINE).rightJoin(TRACK).on(TRACK.TRACK_ID.eq(INVOICE_LINE.TRACK_ID))
                .where(TRACK.TRACK_ID.le(10))
                .groupBy(TRACK.TRACK_ID, TRACK.NAME).orderBy(TRACK.TRACK_ID.asc()));
        assertThat(normalized(sold)).hasSize(10).isEqualTo(normalized(rows("SELECT t.\"name\","
                + " COUNT(l.\"invoice_line_id\") FROM \"invoice_line\" l RIGHT JOIN \"track\" t"
                + " ON t.\"track_id\" = l.\"track_id\" WHERE t.\"track_id\" <= 10 GROUP BY t.\"track_id\", t.\"name\""
                + " ORDER BY t.\"track_id\"")));
        List<List<Object>> genres = fetched(qs.select(GENRE.NAME, count(TRACK.TRACK_ID))
                .from(GENRE).leftJoin(TRACK).on(TRACK.TRACK_ID.lt(0))
                .groupBy(GENRE.NAME).orderBy(GENRE.NAME.asc()));
        assertThat(genres).hasSize(25).allSatisfy(row -> assertThat(row.get(1)).isEqualTo(0L));
    }

    @Test
    void fullJoinKeepsUnmatchedRowsOfBothSidesWhereTheDatabaseHasIt() {
        dev.quicksilver.query.SelectQuery<Tuple> query = qs.select(GENRE.GENRE_ID, TRACK.TRACK_ID)
                .from(GENRE).fullJoin(TRACK).on(TRACK.TRACK_ID.eq(GENRE.GENRE_ID).and(TRACK.TRACK_ID.le(3)))
                .where(GENRE.GENRE_ID.le(5).or(TRACK.TRACK_ID.le(5))).orderBy(GENRE.GENRE_ID.asc());
        if (!db.dialect().supportsFullJoin()) {
            StepVerifier.create(query.fetch()).expectErrorSatisfies(error -> assertThat(error)
                    .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("FULL JOIN")
                    .hasMessageContaining("LEFT JOIN")).verify(TIMEOUT);
            return;
        }
        List<List<Object>> pairs = fetched(query);
        assertThat(normalized(pairs)).isEqualTo(normalized(rows("SELECT g.\"genre_id\", t.\"track_id\""
                + " FROM \"genre\" g FULL JOIN \"track\" t ON t.\"track_id\" = g.\"genre_id\" AND t.\"track_id\" <= 3"
                + " WHERE g.\"genre_id\" <= 5 OR t.\"track_id\" <= 5 ORDER BY 1")));
    }

    @Test
    void rawFragmentsAreBoundAndScalarSubqueriesAreValues() {
        Expression<Integer> doubled = rawExpression("? * \"milliseconds\"", Integer.class, 2);
        List<List<Object>> tracks = fetched(qs.select(TRACK.TRACK_ID, doubled,
                        Functions.scalar(qs.select(count()).from(INVOICE_LINE)
                                .where(INVOICE_LINE.TRACK_ID.eq(TRACK.TRACK_ID))))
                .from(TRACK).where(rawCondition("\"track_id\" < ?", 6)).orderBy(TRACK.TRACK_ID.asc()));
        String sql = lastSql();
        assertThat(normalized(tracks)).hasSize(5).isEqualTo(normalized(rows("SELECT t.\"track_id\","
                + " 2 * t.\"milliseconds\", (SELECT COUNT(*) FROM \"invoice_line\" l WHERE l.\"track_id\" = t.\"track_id\")"
                + " FROM \"track\" t WHERE t.\"track_id\" < 6 ORDER BY 1")));
        assertThat(sql).doesNotContain("2 *", "< 6");
        Boolean anyLong = qs.select(value(1)).where(exists(qs.select(TRACK.TRACK_ID).from(TRACK)
                .where(TRACK.MILLISECONDS.gt(5_000_000)))).first().map(one -> true).defaultIfEmpty(false)
                .block(TIMEOUT);
        assertThat(anyLong).isTrue();
    }

    @Test
    void intoRecordsAndSingleValuesHonourOneAndFirst() {
        List<NameAndBytes> named = qs.select(TRACK.NAME, TRACK.BYTES).from(TRACK).where(TRACK.TRACK_ID.le(3))
                .orderBy(TRACK.TRACK_ID.asc()).into(NameAndBytes.class).fetch().collectList().block(TIMEOUT);
        assertThat(named).hasSize(3).first().extracting(NameAndBytes::name)
                .isEqualTo("For Those About To Rock (We Salute You)");
        String expected = rows("SELECT SUM(\"total\") FROM \"invoice\"").get(0).get(0).toString();
        StepVerifier.create(qs.select(sum(INVOICE.TOTAL)).from(INVOICE).one())
                .assertNext(total -> assertThat(total).isEqualByComparingTo(expected))
                .verifyComplete();
        StepVerifier.create(qs.select(TRACK.NAME).from(TRACK).one())
                .expectError(NonUniqueResultException.class).verify(TIMEOUT);
    }

    @Test
    void badReferencesAreErrorsInTheStreamThatSayWhatToDo() {
        StepVerifier.create(qs.select(TRACK.NAME, ALBUM.TITLE).from(TRACK).fetch())
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("Album").hasMessageContaining("Join it"))
                .verify(TIMEOUT);
        StepVerifier.create(qs.select(EntityModel.of(Track.class).column("nmae", String.class)).from(TRACK).fetch())
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(MappingException.class)
                        .hasMessageContaining("Did you mean 'name'"))
                .verify(TIMEOUT);
        StepVerifier.create(qs.select(TRACK.NAME, TRACK.COMPOSER, TRACK.BYTES).from(TRACK).into(NameAndBytes.class)
                        .fetch())
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("select one column per component"))
                .verify(TIMEOUT);
        assertThat(recorder.statements()).isEmpty();
        StepVerifier.create(qs.select(TRACK.NAME, rawExpression("CAST(NULL AS INTEGER)", Integer.class)).from(TRACK)
                        .limit(1).into(NameAndBytes.class).fetch())
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("is NULL")
                        .hasMessageContaining("coalesce"))
                .verify(TIMEOUT);
        assertThatThrownBy(() -> qs.select(TRACK.NAME).join(ALBUM).on(ALBUM.ALBUM_ID.eq(1)))
                .hasMessageContaining("start with from(");
    }
}
