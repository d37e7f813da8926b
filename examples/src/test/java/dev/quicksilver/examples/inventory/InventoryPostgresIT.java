package dev.quicksilver.examples.inventory;

import dev.quicksilver.core.testkit.TestPostgres;
import dev.quicksilver.examples.PostgresSchemas;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The inventory API on PostgreSQL, in a schema of its own that is dropped afterwards. */
class InventoryPostgresIT extends InventoryApiTests {

    private static @Nullable String url;

    @BeforeAll
    static void requirePostgres() {
        TestPostgres.url();    // skips (or fails, when required) before the context loads
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.r2dbc.url", InventoryPostgresIT::schemaUrl);
    }

    private static synchronized String schemaUrl() {
        if (url == null) {
            url = PostgresSchemas.create();
        }
        return url;
    }

    @AfterAll
    static void dropSchema() {
        if (url != null) {
            PostgresSchemas.drop(url);
        }
    }
}
