package dev.quicksilver.examples.saas;

import dev.quicksilver.core.testkit.TestPostgres;
import dev.quicksilver.examples.PostgresSchemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SaaS example on PostgreSQL: each tenant a fresh schema of the test server (its own URL), dropped afterwards.
 * Skipped loudly without PostgreSQL, failed when it is required.
 */
class SaasPostgresIT extends SaasTestKit {

    private static String acme = "";
    private static String globex = "";

    @BeforeAll
    static void createTenants() {
        TestPostgres.url();
        acme = PostgresSchemas.create();
        globex = PostgresSchemas.create();
    }

    @AfterAll
    static void dropTenants() {
        if (!acme.isEmpty()) {
            PostgresSchemas.drop(acme);
        }
        if (!globex.isEmpty()) {
            PostgresSchemas.drop(globex);
        }
    }

    @DynamicPropertySource
    static void tenants(DynamicPropertyRegistry registry) {
        registry.add("quicksilver.tenants.databases.acme", () -> acme);
        registry.add("quicksilver.tenants.databases.globex", () -> globex);
    }
}
