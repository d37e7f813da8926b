package dev.quicksilver.examples.analytics;

import dev.quicksilver.examples.web.ExampleErrors;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The analytics dashboard example (scenario 1) over the Chinook music store. Its configuration is {@code analytics.properties} (not {@code application.properties}, so the
 * three examples can run in one JVM).
 */
@SpringBootApplication
@Import(ExampleErrors.class)
public class AnalyticsApplication {

    /** The property that selects this example's configuration file; tests set it too. */
    public static final String CONFIG = "spring.config.name=analytics";

    /**
     * A builder for this example with its configuration file selected.
     *
     * @return a new builder
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AnalyticsApplication.class).properties(CONFIG);
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
