package dev.quicksilver.examples.inventory;

import dev.quicksilver.examples.web.ExampleErrors;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The inventory example (scenario 3): warehouses, items, stock levels and movements. Its configuration is {@code inventory.properties} (not {@code application.properties}, so the
 * three examples can run in one JVM).
 */
@SpringBootApplication
@Import(ExampleErrors.class)
public class InventoryApplication {

    /** The property that selects this example's configuration file; tests set it too. */
    public static final String CONFIG = "spring.config.name=inventory";

    /**
     * A builder for this example with its configuration file selected.
     *
     * @return a new builder
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(InventoryApplication.class).properties(CONFIG);
    }

    /**
     * Runs only this example.
     *
     * @param args Spring Boot arguments
     */
    public static void main(String[] args) {
        builder().run(args);
    }
}
