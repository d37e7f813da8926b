package dev.quicksilver.examples.analytics;

import dev.quicksilver.core.testkit.TestPostgres;
import dev.quicksilver.examples.PostgresSchemas;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The analytics API on PostgreSQL: the migrations load Chinook into a fresh schema at startup, dropped afterwards.
 * Skipped loudly without a PostgreSQL server (failed when {@code QUICKSILVER_TEST_REQUIRE_POSTGRES=true}).
 */
class AnalyticsPostgresIT extends AnalyticsApiTests {

    private static @Nullable String url;

    @BeforeAll
    static void requirePostgres() {
        TestPostgres.url();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.r2dbc.url", AnalyticsPostgresIT::schemaUrl);
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
            url = null;
        }
    }
}
