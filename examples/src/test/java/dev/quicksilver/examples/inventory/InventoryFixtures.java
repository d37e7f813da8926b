package dev.quicksilver.examples.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the inventory tests set up through the API: warehouses, items and stock with names of their own. */
final class InventoryFixtures {

    private final WebTestClient client;

    InventoryFixtures(WebTestClient client) {
        this.client = client;
    }

    /** A name no other test uses (the tests of a class share one application and database). */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    String warehouse() {
        String code = unique("W");
        client.post().uri("/warehouses").bodyValue(Map.of("code", code, "name", "Warehouse " + code)).exchange()
                .expectStatus().isCreated();
        return code;
    }

    String item(int lowStockThreshold) {
        String sku = unique("SKU");
        client.post().uri("/items").bodyValue(Map.of("sku", sku, "name", "Item " + sku,
                "lowStockThreshold", lowStockThreshold)).exchange().expectStatus().isCreated();
        return sku;
    }

    StockLevelView change(String action, String sku, String warehouse, int qty) {
        return client.post().uri("/stock/" + action).bodyValue(stock(sku, warehouse, qty)).exchange()
                .expectStatus().isOk().expectBody(StockLevelView.class).returnResult().getResponseBody();
    }

    StockLevelView level(String warehouse, String sku) {
        return client.get().uri("/stock/{warehouse}/{sku}", warehouse, sku).exchange()
                .expectStatus().isOk().expectBody(StockLevelView.class).returnResult().getResponseBody();
    }

    List<MovementReport.MovementView> movements(String sku) {
        return client.get().uri("/movements?sku={sku}&limit=1000", sku).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<MovementReport.MovementView>>() { })
                .returnResult().getResponseBody();
    }

    static Map<String, Object> stock(String sku, String warehouse, int qty) {
        return Map.of("sku", sku, "warehouse", warehouse, "qty", qty);
    }

    /** The problem detail of an answer with that status, its detail containing every fragment. */
    static ProblemDetail problem(WebTestClient.ResponseSpec response, HttpStatus status, String... fragments) {
        ProblemDetail problem = response.expectStatus().isEqualTo(status).expectBody(ProblemDetail.class)
                .returnResult().getResponseBody();
        assertThat(problem).isNotNull();
        assertThat(problem.getStatus()).isEqualTo(status.value());
        assertThat(problem.getDetail()).contains(fragments);
        return problem;
    }
}
