package dev.quicksilver.examples;

import dev.quicksilver.examples.analytics.AnalyticsApplication;
import dev.quicksilver.examples.inventory.InventoryApplication;
import dev.quicksilver.examples.saas.SaasApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the three WebFlux examples in one JVM, each a Spring Boot application of its own with its
 * own configuration file and database: the inventory (port 8080), the analytics dashboard over
 * Chinook (8081) and the multi-tenant SaaS (8082). This is what the README's run command starts;
 * stop it with Ctrl-C. The ports come from {@code INVENTORY_PORT}, {@code ANALYTICS_PORT} and
 * {@code SAAS_PORT} when set; {@code SPRING_R2DBC_URL} points the examples at PostgreSQL.
 */
public final class Examples {

    private Examples() {
    }

    /**
     * Starts the examples and prints where each answers.
     *
     * @param args passed to each application (Spring Boot's {@code --name=value} overrides)
     */
    public static void main(String[] args) {
        List<ConfigurableApplicationContext> started = start(args);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(ConfigurableApplicationContext::close)));
        System.out.println();
        System.out.println("Quicksilver examples are up (Ctrl-C stops them):");
        for (ConfigurableApplicationContext context : started) {
            System.out.println("  " + context.getId() + ": http://localhost:" + port(context) + "/");
        }
    }

    /**
     * Starts the three applications one after the other; if one fails, those already started are
     * closed and the failure is thrown.
     *
     * @param args passed to each application
     * @return the running applications, in start order
     */
    public static List<ConfigurableApplicationContext> start(String... args) {
        List<SpringApplicationBuilder> builders = List.of(
                InventoryApplication.builder(), AnalyticsApplication.builder(), SaasApplication.builder());
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        try {
            for (SpringApplicationBuilder builder : builders) {
                started.add(builder.run(args));
            }
            return List.copyOf(started);
        } catch (RuntimeException failure) {
            started.forEach(ConfigurableApplicationContext::close);
            throw failure;
        }
    }

    /**
     * The port the application's web server listens on.
     *
     * @param context a started example
     * @return its port
     */
    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
