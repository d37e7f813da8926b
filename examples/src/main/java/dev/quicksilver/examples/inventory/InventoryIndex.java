package dev.quicksilver.examples.inventory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The example's front door: what it is and where its endpoints are. */
@RestController
final class InventoryIndex {

    private static final Map<String, String> ENDPOINTS = endpoints();

    @GetMapping("/")
    Map<String, Object> index() {
        return Map.of("example", "inventory",
                "description", "Warehouses, items, stock levels and movements on Quicksilver: conditional updates"
                        + " with no lost update, a streamed CSV import through the bulk writer, a movements report"
                        + " and low-stock events.",
                "endpoints", ENDPOINTS);
    }

    private static Map<String, String> endpoints() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("POST /warehouses", "create a warehouse: {\"code\":\"BER\",\"name\":\"Berlin\"}");
        endpoints.put("GET /warehouses", "list warehouses");
        endpoints.put("GET /warehouses/{code}", "one warehouse");
        endpoints.put("POST /items", "create an item: {\"sku\":\"LAMP-1\",\"name\":\"Desk lamp\",\"lowStockThreshold\":5}");
        endpoints.put("GET /items", "list items");
        endpoints.put("GET /items/{sku}", "one item");
        endpoints.put("PUT /items/{sku}", "change name/threshold: {\"name\":…,\"lowStockThreshold\":…,\"version\":0}"
                + " or If-Match: \"<ETag of GET>\" (a stale version is a 409)");
        endpoints.put("POST /stock/receive", "{\"sku\":\"LAMP-1\",\"warehouse\":\"BER\",\"qty\":20}");
        endpoints.put("POST /stock/reserve", "reserve available units (409 when not enough)");
        endpoints.put("POST /stock/ship", "ship reserved units (409 when not enough reserved)");
        endpoints.put("POST /stock/move", "{\"sku\":\"LAMP-1\",\"from\":\"BER\",\"to\":\"HAM\",\"qty\":3}, one transaction");
        endpoints.put("GET /stock?sku=&warehouse=", "stock levels, optionally filtered");
        endpoints.put("GET /stock/{warehouse}/{sku}", "one stock level");
        endpoints.put("GET /movements?sku=&limit=", "the latest movements of an item");
        endpoints.put("POST /imports/stock", "text/csv body 'sku,warehouse,qty' lines; streams progress as NDJSON");
        endpoints.put("GET /reports/movements?from=&to=&by=day|warehouse|item", "counts and quantities per kind");
        endpoints.put("GET /events/low-stock", "server-sent events when available stock falls below a threshold");
        return Collections.unmodifiableMap(endpoints);
    }
}
