package dev.quicksilver.query.kit;

import static dev.quicksilver.mapping.chinook.Album_.ALBUM;
import static dev.quicksilver.mapping.chinook.Artist_.ARTIST;
import static dev.quicksilver.mapping.chinook.Customer_.CUSTOMER;
import static dev.quicksilver.mapping.chinook.Employee_.EMPLOYEE;
import static dev.quicksilver.mapping.chinook.Genre_.GENRE;
import static dev.quicksilver.mapping.chinook.InvoiceLine_.INVOICE_LINE;
import static dev.quicksilver.mapping.chinook.Invoice_.INVOICE;
import static dev.quicksilver.mapping.chinook.Playlist_.PLAYLIST;
import static dev.quicksilver.mapping.chinook.Track_.TRACK;
import static dev.quicksilver.query.Functions.avg;
import static dev.quicksilver.query.Functions.castToDecimal;
import static dev.quicksilver.query.Functions.count;
import static dev.quicksilver.query.Functions.countDistinct;
import static dev.quicksilver.query.Functions.month;
import static dev.quicksilver.query.Functions.notExists;
import static dev.quicksilver.query.Functions.rank;
import static dev.quicksilver.query.Functions.sum;
import static dev.quicksilver.query.Functions.value;
import static dev.quicksilver.query.Functions.year;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.mapping.chinook.Album_;
import dev.quicksilver.mapping.chinook.Employee_;
import dev.quicksilver.mapping.chinook.Track_;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.query.CommonTable;
import dev.quicksilver.query.DerivedTable;
import dev.quicksilver.query.Functions;
import dev.quicksilver.query.SelectQuery;
import dev.quicksilver.query.Tuple;
import dev.quicksilver.query.Window;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analytics dashboard's queries over the Chinook data, built with projections, joins along
 * relationships, aggregates, window functions, subqueries and common tables; each answer is checked
 * value for value against hand-written SQL on the same database.
 */
public abstract class AnalyticsTestKit extends ChinookTestKit {

    /** A row of the revenue report, built by constructor position. */
    public record RevenueByCountry(String country, BigDecimal revenue) {
    }

    /** Tuples as lists of values. */
    protected static List<List<Object>> values(List<Tuple> tuples) {
        return tuples.stream().map(tuple -> new ArrayList<Object>(tuple.values())).map(list -> (List<Object>) list).toList();
    }

    /** Asserts equal rows; numbers are compared by value (BigDecimal compareTo), whatever their Java type. */
    protected static void assertSameRows(List<List<Object>> actual, List<List<Object>> expected) {
        assertThat(normalized(actual)).isEqualTo(normalized(expected));
    }

    private static List<List<Object>> normalized(List<List<Object>> rows) {
        return rows.stream().map(row -> row.stream().map(value -> value instanceof Number number
                ? (Object) new BigDecimal(number.toString()).stripTrailingZeros()
                : value).toList()).toList();
    }

    private List<Tuple> fetch(SelectQuery<Tuple> query) {
        return query.fetch().collectList().block(TIMEOUT);
    }

    @Test
    void revenueByCountryJoinsAlongTheRelationshipAndReadsIntoARecord() {
        List<RevenueByCountry> revenue = qs.select(CUSTOMER.ADDRESS_COUNTRY, sum(INVOICE.TOTAL))
                .from(INVOICE).join(INVOICE.CUSTOMER)
                .groupBy(CUSTOMER.ADDRESS_COUNTRY)
                .orderBy(sum(INVOICE.TOTAL).desc(), CUSTOMER.ADDRESS_COUNTRY.asc())
                .into(RevenueByCountry.class)
                .fetch().collectList().block(TIMEOUT);
        List<List<Object>> expected = rows("SELECT c.\"country\", SUM(i.\"total\") FROM \"invoice\" i"
                + " JOIN \"customer\" c ON c.\"customer_id\" = i.\"customer_id\" GROUP BY c.\"country\""
                + " ORDER BY 2 DESC, 1");
        assertThat(revenue).hasSize(24);
        assertSameRows(revenue.stream().map(row -> List.<Object>of(row.country(), row.revenue())).toList(), expected);
        assertThat(revenue.get(0).country()).isEqualTo("USA");
        assertThat(revenue.get(0).revenue()).isEqualByComparingTo("523.06");
    }

    @Test
    void topFiveCustomersBySpend() {
        Expression<BigDecimal> spend = sum(INVOICE.TOTAL);
        List<Tuple> top = fetch(qs.select(CUSTOMER.CUSTOMER_ID, CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME, spend)
                .from(INVOICE).join(INVOICE.CUSTOMER)
                .groupBy(CUSTOMER.CUSTOMER_ID, CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME)
                .orderBy(spend.desc(), CUSTOMER.CUSTOMER_ID.asc()).limit(5));
        assertSameRows(values(top), rows("SELECT c.\"customer_id\", c.\"first_name\", c.\"last_name\", SUM(i.\"total\")"
                + " FROM \"invoice\" i JOIN \"customer\" c ON c.\"customer_id\" = i.\"customer_id\""
                + " GROUP BY c.\"customer_id\", c.\"first_name\", c.\"last_name\" ORDER BY 4 DESC, 1 LIMIT 5"));
        assertThat(top.get(0).get(CUSTOMER.LAST_NAME)).isEqualTo("Holý");
        assertThat(top.get(0).get(spend)).isEqualByComparingTo("49.62");
        assertThat(top.get(0).get(CUSTOMER.CUSTOMER_ID)).isInstanceOf(Integer.class);
        assertThat(recorder.statements().get(0).sql()).doesNotContain(" 5").contains("LIMIT");
    }

    @Test
    void revenueByGenreAndMonthUsesDatePartsAndArithmetic() {
        Expression<Integer> year = year(INVOICE.INVOICE_DATE);
        Expression<Integer> month = month(INVOICE.INVOICE_DATE);
        Expression<BigDecimal> revenue = sum(INVOICE_LINE.UNIT_PRICE.times(castToDecimal(INVOICE_LINE.QUANTITY, 10, 0)));
        List<Tuple> report = fetch(qs.select(GENRE.NAME, year, month, revenue)
                .from(INVOICE_LINE).join(INVOICE_LINE.INVOICE).join(INVOICE_LINE.TRACK).join(TRACK.GENRE)
                .where(year.eq(2022))
                .groupBy(GENRE.NAME, year, month)
                .having(count().ge(2L))
                .orderBy(GENRE.NAME.asc(), month.asc()));
        assertThat(report).isNotEmpty();
        assertSameRows(values(report), rows("SELECT g.\"name\", EXTRACT(YEAR FROM i.\"invoice_date\"),"
                + " EXTRACT(MONTH FROM i.\"invoice_date\"), SUM(l.\"unit_price\" * l.\"quantity\")"
                + " FROM \"invoice_line\" l JOIN \"invoice\" i ON i.\"invoice_id\" = l.\"invoice_id\""
                + " JOIN \"track\" t ON t.\"track_id\" = l.\"track_id\" JOIN \"genre\" g ON g.\"genre_id\" = t.\"genre_id\""
                + " WHERE EXTRACT(YEAR FROM i.\"invoice_date\") = 2022"
                + " GROUP BY g.\"name\", EXTRACT(YEAR FROM i.\"invoice_date\"), EXTRACT(MONTH FROM i.\"invoice_date\")"
                + " HAVING COUNT(*) >= 2 ORDER BY 1, 3"));
        assertThat(report.get(0).get(month)).isInstanceOf(Integer.class);
    }

    @Test
    void bestSellingArtistPerGenreUsesAWindowFunctionInADerivedTable() {
        Expression<BigDecimal> revenue = sum(INVOICE_LINE.UNIT_PRICE);
        DerivedTable sales = qs.select(GENRE.NAME.as("genre"), ARTIST.NAME.as("artist"), revenue.as("revenue"),
                        rank().over(Window.partitionBy(GENRE.NAME).orderBy(revenue.desc())).as("place"))
                .from(INVOICE_LINE).join(INVOICE_LINE.TRACK).join(TRACK.GENRE).join(TRACK.ALBUM).join(ALBUM.ARTIST)
                .groupBy(GENRE.NAME, ARTIST.NAME)
                .as("sales");
        Expression<String> genre = sales.column(GENRE.NAME);
        Expression<String> artist = sales.column("artist", String.class);
        List<Tuple> best = fetch(qs.select(genre, artist, sales.column(revenue))
                .from(sales).where(sales.column("place", Long.class).eq(1L))
                .orderBy(genre.asc(), artist.asc()));
        assertSameRows(values(best), rows("SELECT genre, artist, revenue FROM (SELECT g.\"name\" AS genre,"
                + " ar.\"name\" AS artist, SUM(l.\"unit_price\") AS revenue,"
                + " RANK() OVER (PARTITION BY g.\"name\" ORDER BY SUM(l.\"unit_price\") DESC) AS place"
                + " FROM \"invoice_line\" l JOIN \"track\" t ON t.\"track_id\" = l.\"track_id\""
                + " JOIN \"genre\" g ON g.\"genre_id\" = t.\"genre_id\" JOIN \"album\" al ON al.\"album_id\" = t.\"album_id\""
                + " JOIN \"artist\" ar ON ar.\"artist_id\" = al.\"artist_id\" GROUP BY g.\"name\", ar.\"name\") sales"
                + " WHERE place = 1 ORDER BY 1, 2"));
        assertThat(best).extracting(row -> row.get(genre)).contains("Rock");
    }

    @Test
    void employeesReportingChainIsARecursiveCommonTable() {
        CommonTable chain = CommonTable.recursive("chain", "employee_id", "last_name", "depth");
        Expression<Integer> id = chain.column("employee_id", Integer.class);
        Expression<Integer> depth = chain.column("depth", Integer.class);
        Employee_ boss = EMPLOYEE.as("boss");
        Employee_ report = EMPLOYEE.as("report");
        chain = chain.as(qs.select(EMPLOYEE.EMPLOYEE_ID, EMPLOYEE.LAST_NAME, value(0)).from(EMPLOYEE)
                .where(EMPLOYEE.EMPLOYEE_ID.eq(1))
                .unionAll(qs.select(report.EMPLOYEE_ID, report.LAST_NAME, depth.plus(1))
                        .from(chain).join(boss).on(boss.EMPLOYEE_ID.eq(id)).join(boss.REPORTS, report)));
        List<Tuple> tree = fetch(qs.select(id, chain.column("last_name", String.class), depth).from(chain).with(chain)
                .orderBy(depth.asc(), id.asc()));
        assertSameRows(values(tree), rows("WITH RECURSIVE chain(employee_id, last_name, depth) AS ("
                + "SELECT \"employee_id\", \"last_name\", 0 FROM \"employee\" WHERE \"employee_id\" = 1"
                + " UNION ALL SELECT e.\"employee_id\", e.\"last_name\", chain.depth + 1 FROM chain"
                + " JOIN \"employee\" e ON e.\"reports_to\" = chain.employee_id)"
                + " SELECT employee_id, last_name, depth FROM chain ORDER BY depth, employee_id"));
        assertThat(tree).hasSize(8);
        assertThat(tree.get(tree.size() - 1).get(depth)).isEqualTo(2);
    }

    @Test
    void tracksNeverSoldAreFoundWithNotExistsAndTheRestWithInSubquery() {
        List<Tuple> unsold = fetch(qs.select(TRACK.TRACK_ID, TRACK.NAME).from(TRACK)
                .where(notExists(qs.select(INVOICE_LINE.INVOICE_LINE_ID).from(INVOICE_LINE)
                        .where(INVOICE_LINE.TRACK_ID.eq(TRACK.TRACK_ID))))
                .orderBy(TRACK.TRACK_ID.asc()));
        assertSameRows(values(unsold), rows("SELECT t.\"track_id\", t.\"name\" FROM \"track\" t WHERE NOT EXISTS"
                + " (SELECT 1 FROM \"invoice_line\" l WHERE l.\"track_id\" = t.\"track_id\") ORDER BY 1"));
        assertThat(unsold).hasSize(1519);
        Long sold = qs.select(count()).from(TRACK)
                .where(TRACK.TRACK_ID.in(qs.select(INVOICE_LINE.TRACK_ID).from(INVOICE_LINE))).one().block(TIMEOUT);
        assertThat(sold).isEqualTo(3503L - 1519L);
    }

    @Test
    void playlistsWithTheirTrackCountsJoinThroughTheAssociationTable() {
        List<Tuple> playlists = fetch(qs.select(PLAYLIST.PLAYLIST_ID, PLAYLIST.NAME, count(TRACK.TRACK_ID))
                .from(PLAYLIST).leftJoin(PLAYLIST.TRACKS)
                .groupBy(PLAYLIST.PLAYLIST_ID, PLAYLIST.NAME)
                .orderBy(PLAYLIST.PLAYLIST_ID.asc()));
        assertSameRows(values(playlists), rows("SELECT p.\"playlist_id\", p.\"name\", COUNT(pt.\"track_id\")"
                + " FROM \"playlist\" p LEFT JOIN \"playlist_track\" pt ON pt.\"playlist_id\" = p.\"playlist_id\""
                + " GROUP BY p.\"playlist_id\", p.\"name\" ORDER BY 1"));
        assertThat(playlists).hasSize(18).anySatisfy(row -> assertThat(row.get(2)).isEqualTo(0L));
        // The inverse side of the many-to-many reaches the same rows.
        Long music = qs.select(countDistinct(PLAYLIST.PLAYLIST_ID)).from(TRACK).join(TRACK.PLAYLISTS)
                .where(TRACK.TRACK_ID.eq(1)).one().block(TIMEOUT);
        assertThat(music).isEqualTo(scalar("SELECT COUNT(*) FROM \"playlist_track\" WHERE \"track_id\" = 1"));
    }

    @Test
    void averageInvoiceTotalPerSupportRep() {
        List<Tuple> reps = fetch(qs.select(EMPLOYEE.EMPLOYEE_ID, EMPLOYEE.LAST_NAME, avg(INVOICE.TOTAL), count())
                .from(INVOICE).join(INVOICE.CUSTOMER).join(CUSTOMER.SUPPORT_REP)
                .groupBy(EMPLOYEE.EMPLOYEE_ID, EMPLOYEE.LAST_NAME)
                .orderBy(EMPLOYEE.EMPLOYEE_ID.asc()));
        assertSameRows(values(reps), rows("SELECT e.\"employee_id\", e.\"last_name\", AVG(i.\"total\"), COUNT(*)"
                + " FROM \"invoice\" i JOIN \"customer\" c ON c.\"customer_id\" = i.\"customer_id\""
                + " JOIN \"employee\" e ON e.\"employee_id\" = c.\"support_rep_id\""
                + " GROUP BY e.\"employee_id\", e.\"last_name\" ORDER BY 1"));
        assertThat(reps).hasSize(3).allSatisfy(row -> assertThat(row.get(2)).isInstanceOf(BigDecimal.class));
    }

    @Test
    void tracksLongerThanTheirAlbumsAverageUseACorrelatedSubquery() {
        Track_ other = TRACK.as("other");
        Album_ sameAlbum = ALBUM.as("same_album");
        Expression<BigDecimal> albumAverage = Functions.scalar(qs.select(avg(other.MILLISECONDS))
                .from(sameAlbum).join(sameAlbum.TRACKS, other)
                .where(sameAlbum.ALBUM_ID.eq(ALBUM.ALBUM_ID)));
        List<Tuple> longer = fetch(qs.select(TRACK.TRACK_ID, TRACK.NAME).from(TRACK).join(TRACK.ALBUM)
                .where(castToDecimal(TRACK.MILLISECONDS, 12, 0).gt(albumAverage))
                .orderBy(TRACK.TRACK_ID.asc()));
        assertSameRows(values(longer), rows("SELECT t.\"track_id\", t.\"name\" FROM \"track\" t WHERE t.\"milliseconds\""
                + " > (SELECT AVG(o.\"milliseconds\") FROM \"track\" o WHERE o.\"album_id\" = t.\"album_id\") ORDER BY 1"));
        assertThat(longer).hasSizeGreaterThan(1000);
    }
}
