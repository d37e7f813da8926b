package dev.quicksilver.examples.inventory;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The inventory API on embedded H2 (a database of this class's own). */
class InventoryH2IT extends InventoryApiTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.r2dbc.url", () -> "r2dbc:h2:mem:///inventory-it-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
}
