package dev.quicksilver.examples.analytics;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The dashboard's JSON API: revenue by country, genre and month, top customers and artists, and the totals. Input
 * out of range is an {@link IllegalArgumentException} in the stream, which the examples answer 400 with its message,
 * and a parameter that is not a number is a 400 naming it.
 */
@RestController
@RequestMapping("/api")
final class AnalyticsApi {

    /** The most rows a top list returns. */
    static final int MAX_LIMIT = 100;

    private final SalesReports reports;

    AnalyticsApi(SalesReports reports) {
        this.reports = reports;
    }

    @GetMapping("/totals")
    Mono<SalesTotals> totals() {
        return reports.totals();
    }

    @GetMapping("/revenue/by-country")
    Flux<CountryRevenue> revenueByCountry() {
        return reports.revenueByCountry();
    }

    @GetMapping("/revenue/by-genre")
    Flux<GenreRevenue> revenueByGenre() {
        return reports.revenueByGenre();
    }

    @GetMapping("/revenue/by-month")
    Flux<MonthRevenue> revenueByMonth(@RequestParam(required = false) @Nullable Integer year) {
        if (year != null && (year < 1 || year > 9999)) {
            return Flux.error(new IllegalArgumentException("year must be between 1 and 9999, was " + year));
        }
        return reports.revenueByMonth(year);
    }

    @GetMapping("/top/customers")
    Flux<CustomerSpend> topCustomers(@RequestParam(defaultValue = "10") int limit) {
        return limitInRange(limit) ? reports.topCustomers(limit) : Flux.error(limitOutOfRange(limit));
    }

    @GetMapping("/top/artists")
    Flux<ArtistRevenue> topArtists(@RequestParam(defaultValue = "10") int limit) {
        return limitInRange(limit) ? reports.topArtists(limit) : Flux.error(limitOutOfRange(limit));
    }

    /**
     * A query parameter that is not a number: 400 naming the parameter (the examples' shared answer would only say
     * "Type mismatch").
     */
    @ExceptionHandler(ServerWebInputException.class)
    ProblemDetail parameterNotANumber(ServerWebInputException error) {
        MethodParameter parameter = error.getMethodParameter();
        String name = parameter == null ? "a parameter" : "parameter '" + parameter.getParameterName() + "'";
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid " + name + ": " + error.getMostSpecificCause().getMessage() + "; give a whole number");
    }

    private static boolean limitInRange(int limit) {
        return limit >= 1 && limit <= MAX_LIMIT;
    }

    private static IllegalArgumentException limitOutOfRange(int limit) {
        return new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
}
