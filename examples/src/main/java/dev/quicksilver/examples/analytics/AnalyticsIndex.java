package dev.quicksilver.examples.analytics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's front door ({@code GET /api}): what the example is and where its endpoints are. The dashboard is at {@code /}. */
@RestController
final class AnalyticsIndex {

    @GetMapping("/api")
    Map<String, Object> index() {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("example", "analytics");
        index.put("description", "Sales reports over the Chinook music store, built with Quicksilver's query builder");
        index.put("dashboard", "/");
        index.put("endpoints", Map.of(
                "totals", "/api/totals",
                "revenueByCountry", "/api/revenue/by-country",
                "revenueByGenre", "/api/revenue/by-genre",
                "revenueByMonth", "/api/revenue/by-month?year=2023",
                "topCustomers", "/api/top/customers?limit=10",
                "topArtists", "/api/top/artists?limit=10"));
        return index;
    }
}
