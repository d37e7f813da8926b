package dev.quicksilver.examples;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.testkit.TestPostgres;
import java.util.UUID;

/**
 * Schemas of their own for examples tested on PostgreSQL: {@link #create()} makes one and returns an
 * R2DBC URL whose connections use it (set as {@code spring.r2dbc.url}); {@link #drop(String)} removes
 * it. Calling {@link #create()} skips the test loudly when no PostgreSQL is configured (or fails it
 * when PostgreSQL is required), as everywhere in Quicksilver's tests.
 */
public final class PostgresSchemas {

    private PostgresSchemas() {
    }

    /**
     * Creates an empty schema on the test server.
     *
     * @return an R2DBC URL of the test server with that schema as the search path
     */
    public static String create() {
        String base = TestPostgres.url();
        String schema = "qs_example_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin(base, "CREATE SCHEMA " + schema);
        return base + (base.contains("?") ? "&" : "?") + "schema=" + schema;
    }

    /**
     * Drops the schema of a URL {@link #create()} returned, with everything in it.
     *
     * @param url the URL
     */
    public static void drop(String url) {
        String base = url.substring(0, url.lastIndexOf(url.contains("&schema=") ? "&schema=" : "?schema="));
        String schema = url.substring(url.lastIndexOf("schema=") + "schema=".length());
        admin(base, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void admin(String url, String sql) {
        Database admin = Database.connect(url);
        try {
            admin.sql(sql).rowsUpdated().block();
        } finally {
            admin.close().block();
        }
    }
}
