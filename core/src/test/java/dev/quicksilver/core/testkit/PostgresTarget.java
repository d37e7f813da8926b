package dev.quicksilver.core.testkit;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import java.time.Duration;
import java.util.UUID;

/**
 * PostgreSQL: each test gets a schema of its own, set as the connections' search path, dropped
 * afterwards.
 */
final class PostgresTarget implements DialectTarget {

    static final PostgresTarget INSTANCE = new PostgresTarget();

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public IsolatedDatabase create(DatabaseOptions options) {
        String base = TestPostgres.url();
        String schema = "qs_" + UUID.randomUUID().toString().replace("-", "");
        admin(base, "CREATE SCHEMA " + schema);
        String url = base + (base.contains("?") ? "&" : "?") + "schema=" + schema;
        return new IsolatedDatabase(Database.connect(url, options), url,
                () -> admin(base, "DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }

    private static void admin(String url, String sql) {
        Database admin = Database.connect(url, DatabaseOptions.builder()
                .pool(PoolSettings.builder().enabled(false).build()).slowStatementThreshold(null).build());
        try {
            admin.sql(sql).rowsUpdated().block(Duration.ofSeconds(30));
        } finally {
            admin.close().block();
        }
    }

    @Override
    public String generateRows(int rows) {
        return "SELECT x::bigint FROM generate_series(1, " + rows + ") AS x";
    }

    @Override
    public String slowQuery() {
        return "SELECT pg_sleep(1)";
    }

    @Override
    public String toString() {
        return name();
    }
}
