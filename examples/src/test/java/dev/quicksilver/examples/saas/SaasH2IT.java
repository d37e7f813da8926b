package dev.quicksilver.examples.saas;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The SaaS example on H2: each tenant an in-memory database of its own, named for this test class only. */
class SaasH2IT extends SaasTestKit {

    @DynamicPropertySource
    static void tenants(DynamicPropertyRegistry registry) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        registry.add("quicksilver.tenants.databases.acme", () -> "r2dbc:h2:mem:///saas-it-acme-" + run
                + ";DB_CLOSE_DELAY=-1");
        registry.add("quicksilver.tenants.databases.globex", () -> "r2dbc:h2:mem:///saas-it-globex-" + run
                + ";DB_CLOSE_DELAY=-1");
    }
}
