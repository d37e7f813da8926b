package dev.quicksilver.examples.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.quicksilver.core.Database;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The analytics API, tested through HTTP on a database the migrations filled with Chinook at startup: every report
 * equals hand-written SQL run on the same database, and input out of range is a 400 with a message. Subclasses pick
 * the database ({@link AnalyticsH2IT}, {@link AnalyticsPostgresIT}).
 */
@SpringBootTest(classes = AnalyticsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = AnalyticsApplication.CONFIG)
@AutoConfigureWebTestClient
@DirtiesContext
abstract class AnalyticsApiTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient client;

    @Autowired
    Database database;

    @Test
    void theMigrationsLoadedTheWholeChinookDataIncludingTextsWithSemicolons() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("genre", "media_type", "artist", "album", "track", "employee", "customer",
                "invoice", "invoice_line", "playlist", "playlist_track")) {
            rows.put(table, database.sql("SELECT COUNT(*) FROM \"" + table + "\"")
                    .map(row -> row.get(0, Long.class)).blockFirst(TIMEOUT));
        }
        assertThat(rows).containsExactly(entry("genre", 25L), entry("media_type", 5L), entry("artist", 275L),
                entry("album", 347L), entry("track", 3503L), entry("employee", 8L), entry("customer", 59L),
                entry("invoice", 412L), entry("invoice_line", 2240L), entry("playlist", 18L),
                entry("playlist_track", 8715L));
        // r2dbc-h2 cuts SQL at every ';', even inside a string: the migration runner's rewrite keeps these whole.
        assertThat(text("SELECT \"name\" FROM \"artist\" WHERE \"artist_id\" = 273"))
                .isEqualTo("C. Monteverdi, Nigel Rogers - Chiaroscuro; London Baroque; London Cornett & Sackbu");
        assertThat(text("SELECT \"composer\" FROM \"track\" WHERE \"track_id\" = 1373"))
                .isEqualTo("Adrian Smith; Bruce Dickinson; Steve Harris");
        assertThat(text("SELECT \"name\" FROM \"artist\" WHERE \"artist_id\" = 88")).isEqualTo("Guns N' Roses");
        assertThat(text("SELECT CAST(\"invoice_date\" AS VARCHAR(30)) FROM \"invoice\" WHERE \"invoice_id\" = 412"))
                .startsWith("2025-12-22");
    }

    @Test
    void totalsAreTheSumOfInvoiceTotals() {
        SalesTotals totals = get("/api/totals", SalesTotals.class).get(0);
        assertThat(totals.revenue()).isEqualByComparingTo(decimal("SELECT SUM(\"total\") FROM \"invoice\""));
        assertThat(totals.revenue()).isEqualByComparingTo("2328.60");
        assertThat(totals.invoices()).isEqualTo(412);
        assertThat(totals.customers()).isEqualTo(59);
    }

    @Test
    void revenueByCountryMatchesHandWrittenSql() {
        List<CountryRevenue> revenue = get("/api/revenue/by-country", CountryRevenue.class);
        assertSameRows(revenue, row -> List.of(row.country(), row.revenue(), row.invoices()),
                "SELECT c.\"country\", SUM(i.\"total\"), COUNT(*) FROM \"invoice\" i"
                        + " JOIN \"customer\" c ON c.\"customer_id\" = i.\"customer_id\""
                        + " GROUP BY c.\"country\" ORDER BY 2 DESC, 1");
        assertThat(revenue).hasSize(24);
        assertThat(revenue.get(0).country()).isEqualTo("USA");
        assertThat(revenue.get(0).revenue()).isEqualByComparingTo("523.06");
        assertThat(revenue.stream().map(CountryRevenue::revenue).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(decimal("SELECT SUM(\"total\") FROM \"invoice\""));
    }

    @Test
    void revenueByGenreMatchesHandWrittenSql() {
        List<GenreRevenue> revenue = get("/api/revenue/by-genre", GenreRevenue.class);
        assertSameRows(revenue, row -> List.of(row.genre(), row.revenue(), row.tracksSold()),
                "SELECT g.\"name\", SUM(l.\"unit_price\" * l.\"quantity\"), SUM(l.\"quantity\")"
                        + " FROM \"invoice_line\" l JOIN \"track\" t ON t.\"track_id\" = l.\"track_id\""
                        + " JOIN \"genre\" g ON g.\"genre_id\" = t.\"genre_id\" GROUP BY g.\"name\" ORDER BY 2 DESC, 1");
        assertThat(revenue.get(0).genre()).isEqualTo("Rock");
        assertThat(revenue.get(0).revenue()).isEqualByComparingTo("826.65");
    }

    @Test
    void revenueByMonthMatchesHandWrittenSqlForEveryYearAndForOne() {
        String sql = "SELECT EXTRACT(YEAR FROM \"invoice_date\"), EXTRACT(MONTH FROM \"invoice_date\"),"
                + " SUM(\"total\"), COUNT(*) FROM \"invoice\" %s GROUP BY EXTRACT(YEAR FROM \"invoice_date\"),"
                + " EXTRACT(MONTH FROM \"invoice_date\") ORDER BY 1, 2";
        List<MonthRevenue> all = get("/api/revenue/by-month", MonthRevenue.class);
        assertSameRows(all, row -> List.of(row.year(), row.month(), row.revenue(), row.invoices()),
                sql.formatted(""));
        assertThat(all).hasSize(60);
        List<MonthRevenue> year = get("/api/revenue/by-month?year=2023", MonthRevenue.class);
        assertSameRows(year, row -> List.of(row.year(), row.month(), row.revenue(), row.invoices()),
                sql.formatted("WHERE EXTRACT(YEAR FROM \"invoice_date\") = 2023"));
        assertThat(year).hasSize(12).allSatisfy(row -> assertThat(row.year()).isEqualTo(2023));
        assertThat(get("/api/revenue/by-month?year=1999", MonthRevenue.class)).isEmpty();
    }

    @Test
    void topCustomersMatchHandWrittenSql() {
        List<CustomerSpend> top = get("/api/top/customers?limit=5", CustomerSpend.class);
        assertSameRows(top, row -> List.of(row.customerId(), row.firstName(), row.lastName(), row.country(),
                        row.invoices(), row.spent()),
                "SELECT c.\"customer_id\", c.\"first_name\", c.\"last_name\", c.\"country\", COUNT(*), SUM(i.\"total\")"
                        + " FROM \"invoice\" i JOIN \"customer\" c ON c.\"customer_id\" = i.\"customer_id\""
                        + " GROUP BY c.\"customer_id\", c.\"first_name\", c.\"last_name\", c.\"country\""
                        + " ORDER BY 6 DESC, 1 LIMIT 5");
        assertThat(top.get(0).lastName()).isEqualTo("Holý");
        assertThat(top.get(0).spent()).isEqualByComparingTo("49.62");
        assertThat(get("/api/top/customers", CustomerSpend.class)).hasSize(10);
        assertThat(get("/api/top/customers?limit=100", CustomerSpend.class)).hasSize(59);
    }

    @Test
    void topArtistsMatchHandWrittenSql() {
        List<ArtistRevenue> top = get("/api/top/artists?limit=7", ArtistRevenue.class);
        assertSameRows(top, row -> List.of(row.artistId(), row.name(), row.revenue(), row.tracksSold()),
                "SELECT ar.\"artist_id\", ar.\"name\", SUM(l.\"unit_price\" * l.\"quantity\"), SUM(l.\"quantity\")"
                        + " FROM \"invoice_line\" l JOIN \"track\" t ON t.\"track_id\" = l.\"track_id\""
                        + " JOIN \"album\" al ON al.\"album_id\" = t.\"album_id\""
                        + " JOIN \"artist\" ar ON ar.\"artist_id\" = al.\"artist_id\""
                        + " GROUP BY ar.\"artist_id\", ar.\"name\" ORDER BY 3 DESC, 1 LIMIT 7");
        assertThat(top).hasSize(7);
        assertThat(top.get(0).name()).isEqualTo("Iron Maiden");
        assertThat(get("/api/top/artists", ArtistRevenue.class)).hasSize(10);
    }

    @Test
    void aLimitOutOfRangeOrNotANumberIsABadRequestWithAMessage() {
        badRequest("/api/top/customers?limit=0", "limit must be between 1 and 100, was 0");
        badRequest("/api/top/artists?limit=101", "limit must be between 1 and 100, was 101");
        badRequest("/api/top/artists?limit=-3", "limit must be between 1 and 100, was -3");
        badRequest("/api/top/customers?limit=ten", "Invalid parameter 'limit': For input string: \"ten\"; give a whole number");
    }

    @Test
    void aYearOutOfRangeOrNotANumberIsABadRequestWithAMessage() {
        badRequest("/api/revenue/by-month?year=0", "year must be between 1 and 9999, was 0");
        badRequest("/api/revenue/by-month?year=twenty", "Invalid parameter 'year'");
    }

    @Test
    void anUnknownPathIsNotFound() {
        client.get().uri("/api/revenue/by-planet").exchange().expectStatus().isNotFound();
    }

    @Test
    void theIndexesAnswer() {
        client.get().uri("/api").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.endpoints.topArtists").isEqualTo("/api/top/artists?limit=10");
        client.get().uri("/").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<canvas id=\"by-country\">").contains("vendor/chart.js/chart.umd.min.js"));
        client.get().uri("/vendor/chart.js/chart.umd.min.js").exchange().expectStatus().isOk()
                .expectBody(String.class).value(script -> assertThat(script).contains("Chart"));
    }

    private <T> List<T> get(String uri, Class<T> type) {
        return client.get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBodyList(type).returnResult().getResponseBody();
    }

    private void badRequest(String uri, String message) {
        client.get().uri(uri).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains(message));
    }

    private String text(String sql) {
        return database.sql(sql).map(row -> row.get(0, String.class)).blockFirst(TIMEOUT);
    }

    private BigDecimal decimal(String sql) {
        return database.sql(sql).map(row -> row.get(0, BigDecimal.class)).blockFirst(TIMEOUT);
    }

    /** Asserts the API's rows equal the SQL's, value by value; numbers compare by value whatever their type. */
    private <T> void assertSameRows(List<T> actual, Function<T, List<Object>> values, String sql) {
        List<List<Object>> expected = database.sql(sql).map(row -> {
            List<Object> columns = new ArrayList<>();
            for (int i = 0; i < row.shape().size(); i++) {
                columns.add(row.get(i));
            }
            return columns;
        }).collectList().block(TIMEOUT);
        assertThat(normalized(actual.stream().map(values).toList())).isEqualTo(normalized(expected));
        assertThat(actual).isNotEmpty();
    }

    private static List<List<Object>> normalized(List<List<Object>> rows) {
        return rows.stream().map(row -> row.stream().map(value -> value instanceof Number number
                ? (Object) new BigDecimal(number.toString()).stripTrailingZeros().toPlainString()
                : value).toList()).toList();
    }
}
