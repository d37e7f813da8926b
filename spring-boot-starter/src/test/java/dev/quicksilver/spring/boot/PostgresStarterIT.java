package dev.quicksilver.spring.boot;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.testkit.TestPostgres;
import org.junit.jupiter.api.AfterEach;

/**
 * The starter on PostgreSQL ({@code QUICKSILVER_TEST_POSTGRES}; skipped loudly when unset, failed when
 * {@code QUICKSILVER_TEST_REQUIRE_POSTGRES=true}). The schemas each test migrated are dropped after it.
 */
class PostgresStarterIT extends StarterTestKit {

    @Override
    protected String[] connectionProperties() {
        return new String[] {"spring.r2dbc.url=" + TestPostgres.url()};
    }

    @Override
    protected String expectedDialect() {
        return "PostgreSQL";
    }

    @Override
    protected String ownDatabaseUrl() {
        return TestPostgres.url();
    }

    @Override
    protected String separateDatabaseUrl(String schema) {
        Database admin = Database.connect(TestPostgres.url());
        try {
            admin.sql("CREATE SCHEMA " + schema).rowsUpdated().block();
        } finally {
            admin.close().block();
        }
        return TestPostgres.url() + (TestPostgres.url().contains("?") ? "&" : "?") + "schema=" + schema;
    }

    @AfterEach
    void dropSchemas() {
        if (schemas.isEmpty()) {
            return;
        }
        Database database = Database.connect(TestPostgres.url());
        try {
            for (String schema : schemas) {
                database.sql("DROP SCHEMA IF EXISTS " + database.dialect().quoteIdentifier(schema) + " CASCADE")
                        .rowsUpdated().block();
            }
        } finally {
            database.close().block();
        }
    }
}
