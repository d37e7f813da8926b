package dev.quicksilver.spring.boot;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.testkit.TestPostgres;
import java.util.Locale;
import java.util.UUID;

/**
 * Tenants on PostgreSQL ({@code QUICKSILVER_TEST_POSTGRES}; skipped loudly when unset, failed when
 * {@code QUICKSILVER_TEST_REQUIRE_POSTGRES=true}): each tenant a fresh schema, reached by a URL whose connections
 * use it, dropped after the test.
 */
class PostgresTenantsIT extends TenantsTestKit {

    @Override
    protected String newTenantUrl() {
        String base = TestPostgres.url();
        String schema = "qs_tenant_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        admin("CREATE SCHEMA " + schema);
        return base + (base.contains("?") ? "&" : "?") + "schema=" + schema;
    }

    @Override
    protected void drop(String url) {
        admin("DROP SCHEMA IF EXISTS " + url.substring(url.lastIndexOf("schema=") + "schema=".length()) + " CASCADE");
    }

    private static void admin(String sql) {
        Database admin = Database.connect(TestPostgres.url());
        try {
            admin.sql(sql).rowsUpdated().block();
        } finally {
            admin.close().block();
        }
    }
}
