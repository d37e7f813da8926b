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
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("totals", "/api/totals");
        endpoints.put("revenueByCountry", "/api/revenue/by-country");
        endpoints.put("revenueByGenre", "/api/revenue/by-genre");
        endpoints.put("revenueByMonth", "/api/revenue/by-month?year=2023");
        endpoints.put("topCustomers", "/api/top/customers?limit=10");
        endpoints.put("topArtists", "/api/top/artists?limit=10");
        index.put("endpoints", endpoints);
        return index;
    }
}
