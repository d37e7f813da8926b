package dev.quicksilver.examples.saas;

import dev.quicksilver.examples.web.ExampleErrors;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The multi-tenant SaaS example (scenario 2): a database per tenant, chosen by a request header. Its configuration is {@code saas.properties} (not {@code application.properties}, so the
 * three examples can run in one JVM).
 */
@SpringBootApplication
@Import(ExampleErrors.class)
public class SaasApplication {

    /** The property that selects this example's configuration file; tests set it too. */
    public static final String CONFIG = "spring.config.name=saas";

    /**
     * A builder for this example with its configuration file selected.
     *
     * @return a new builder
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(SaasApplication.class).properties(CONFIG);
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
