package dev.quicksilver.spring.boot;

import dev.quicksilver.core.testkit.TestPostgres;

/**
 * Spring's reactive transactions over Quicksilver on PostgreSQL ({@code QUICKSILVER_TEST_POSTGRES}; skipped loudly
 * when unset, failed when {@code QUICKSILVER_TEST_REQUIRE_POSTGRES=true}).
 */
class PostgresSpringTransactionsIT extends SpringTransactionsTestKit {

    @Override
    protected String[] connectionProperties() {
        return new String[] {"spring.r2dbc.url=" + TestPostgres.url()};
    }
}
