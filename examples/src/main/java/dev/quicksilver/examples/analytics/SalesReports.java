package dev.quicksilver.examples.analytics;

import static dev.quicksilver.examples.analytics.Album_.ALBUM;
import static dev.quicksilver.examples.analytics.Artist_.ARTIST;
import static dev.quicksilver.examples.analytics.Customer_.CUSTOMER;
import static dev.quicksilver.examples.analytics.Genre_.GENRE;
import static dev.quicksilver.examples.analytics.InvoiceLine_.INVOICE_LINE;
import static dev.quicksilver.examples.analytics.Invoice_.INVOICE;
import static dev.quicksilver.examples.analytics.Track_.TRACK;
import static dev.quicksilver.query.Functions.castToDecimal;
import static dev.quicksilver.query.Functions.count;
import static dev.quicksilver.query.Functions.countDistinct;
import static dev.quicksilver.query.Functions.month;
import static dev.quicksilver.query.Functions.sum;
import static dev.quicksilver.query.Functions.year;

import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.SelectQuery;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The dashboard's reports over the Chinook sales, each one statement built with Quicksilver's query builder: joins
 * along the entities' relationships, GROUP BY, SUM/COUNT, ORDER BY and LIMIT, read into records by position. Every
 * value (a year, a limit) is a bind parameter. Thread-safe: it holds only the immutable {@link Quicksilver}.
 */
@Service
final class SalesReports {

    /** Revenue of an invoice line: unit price times quantity (the quantity as a decimal, exact on both databases). */
    private static final Expression<BigDecimal> LINE_REVENUE =
            INVOICE_LINE.UNIT_PRICE.times(castToDecimal(INVOICE_LINE.QUANTITY, 10, 0));

    private final Quicksilver quicksilver;

    SalesReports(Quicksilver quicksilver) {
        this.quicksilver = quicksilver;
    }

    /** Sum of all invoice totals, number of invoices and of customers who received one. */
    Mono<SalesTotals> totals() {
        return quicksilver.select(sum(INVOICE.TOTAL), count(), countDistinct(CUSTOMER.CUSTOMER_ID))
                .from(INVOICE).join(INVOICE.CUSTOMER)
                .into(SalesTotals.class)
                .one();
    }

    /** Revenue per customer country, highest first. */
    Flux<CountryRevenue> revenueByCountry() {
        Expression<BigDecimal> revenue = sum(INVOICE.TOTAL);
        return quicksilver.select(CUSTOMER.COUNTRY, revenue, count())
                .from(INVOICE).join(INVOICE.CUSTOMER)
                .groupBy(CUSTOMER.COUNTRY)
                .orderBy(revenue.desc(), CUSTOMER.COUNTRY.asc())
                .into(CountryRevenue.class)
                .fetch();
    }

    /** Revenue per genre (over invoice lines → tracks → genres), highest first. */
    Flux<GenreRevenue> revenueByGenre() {
        Expression<BigDecimal> revenue = sum(LINE_REVENUE);
        return quicksilver.select(GENRE.NAME, revenue, sum(INVOICE_LINE.QUANTITY))
                .from(INVOICE_LINE).join(INVOICE_LINE.TRACK).join(TRACK.GENRE)
                .groupBy(GENRE.NAME)
                .orderBy(revenue.desc(), GENRE.NAME.asc())
                .into(GenreRevenue.class)
                .fetch();
    }

    /**
     * Revenue per calendar month, in time order.
     *
     * @param onlyYear the year to report, or {@code null} for every year
     */
    Flux<MonthRevenue> revenueByMonth(@Nullable Integer onlyYear) {
        Expression<Integer> year = year(INVOICE.INVOICE_DATE);
        Expression<Integer> month = month(INVOICE.INVOICE_DATE);
        SelectQuery<MonthRevenue> query = quicksilver.select(year, month, sum(INVOICE.TOTAL), count())
                .from(INVOICE)
                .groupBy(year, month)
                .orderBy(year.asc(), month.asc())
                .into(MonthRevenue.class);
        return (onlyYear == null ? query : query.where(year.eq(onlyYear))).fetch();
    }

    /**
     * The customers who spent most, highest first.
     *
     * @param limit how many
     */
    Flux<CustomerSpend> topCustomers(int limit) {
        Expression<BigDecimal> spent = sum(INVOICE.TOTAL);
        return quicksilver.select(CUSTOMER.CUSTOMER_ID, CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME, CUSTOMER.COUNTRY,
                        count(), spent)
                .from(INVOICE).join(INVOICE.CUSTOMER)
                .groupBy(CUSTOMER.CUSTOMER_ID, CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME, CUSTOMER.COUNTRY)
                .orderBy(spent.desc(), CUSTOMER.CUSTOMER_ID.asc())
                .limit(limit)
                .into(CustomerSpend.class)
                .fetch();
    }

    /**
     * The artists whose tracks earned most (invoice lines → tracks → albums → artists), highest first.
     *
     * @param limit how many
     */
    Flux<ArtistRevenue> topArtists(int limit) {
        Expression<BigDecimal> revenue = sum(LINE_REVENUE);
        return quicksilver.select(ARTIST.ARTIST_ID, ARTIST.NAME, revenue, sum(INVOICE_LINE.QUANTITY))
                .from(INVOICE_LINE).join(INVOICE_LINE.TRACK).join(TRACK.ALBUM).join(ALBUM.ARTIST)
                .groupBy(ARTIST.ARTIST_ID, ARTIST.NAME)
                .orderBy(revenue.desc(), ARTIST.ARTIST_ID.asc())
                .limit(limit)
                .into(ArtistRevenue.class)
                .fetch();
    }
}
