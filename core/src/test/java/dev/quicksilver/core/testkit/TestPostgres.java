package dev.quicksilver.core.testkit;

import java.util.Locale;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds the PostgreSQL server the tests use, once per JVM:
 * <ol>
 *   <li>the {@code r2dbc:postgresql://…} URL in {@code QUICKSILVER_TEST_POSTGRES}, if set;</li>
 *   <li>else a Testcontainers PostgreSQL, when a Docker engine answers;</li>
 *   <li>else PostgreSQL tests are skipped with a loud message, or fail when
 *       {@code QUICKSILVER_TEST_REQUIRE_POSTGRES=true}.</li>
 * </ol>
 */
public final class TestPostgres {

    /** The environment variable holding an R2DBC URL of a server tests may create schemas in. */
    public static final String URL_VARIABLE = "QUICKSILVER_TEST_POSTGRES";
    /** The environment variable that turns a missing PostgreSQL into a failure. */
    public static final String REQUIRE_VARIABLE = "QUICKSILVER_TEST_REQUIRE_POSTGRES";

    private static volatile Resolution resolution;

    private TestPostgres() {
    }

    /**
     * The base R2DBC URL of the test server, or aborts (skips) the calling test, or fails it when
     * PostgreSQL is required.
     */
    public static String url() {
        Resolution resolved = resolve();
        if (resolved.url != null) {
            return resolved.url;
        }
        if (required()) {
            Assertions.fail(resolved.reason + " " + REQUIRE_VARIABLE + "=true, so this is a failure. Set "
                    + URL_VARIABLE + "=r2dbc:postgresql://user@host:5432/database or start Docker.");
        }
        Assumptions.abort(resolved.reason);
        throw new IllegalStateException("unreachable");
    }

    private static boolean required() {
        String value = System.getenv(REQUIRE_VARIABLE);
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("true");
    }

    private static synchronized Resolution resolve() {
        if (resolution != null) {
            return resolution;
        }
        String fromEnvironment = System.getenv(URL_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            resolution = new Resolution(fromEnvironment.trim(), null);
        } else if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            resolution = new Resolution("r2dbc:postgresql://" + container.getUsername() + ":" + container.getPassword()
                    + "@" + container.getHost() + ":" + container.getMappedPort(5432) + "/"
                    + container.getDatabaseName(), null);
        } else {
            String reason = "PostgreSQL tests SKIPPED: " + URL_VARIABLE + " is not set and no Docker engine is"
                    + " available for Testcontainers.";
            System.err.println();
            System.err.println("*".repeat(100));
            System.err.println("* " + reason);
            System.err.println("* Only H2 was tested. Set " + URL_VARIABLE + " (see .ci/run) to test PostgreSQL too.");
            System.err.println("*".repeat(100));
            System.err.println();
            resolution = new Resolution(null, reason);
        }
        return resolution;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError unavailable) {
            return false;
        }
    }

    private record Resolution(String url, String reason) {
    }
}
