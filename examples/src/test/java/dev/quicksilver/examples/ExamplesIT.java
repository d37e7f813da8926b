package dev.quicksilver.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the README's run command does, in a test: {@link Examples#start} brings the three examples
 * up in one JVM on embedded H2 (random ports here) and each answers requests.
 */
class ExamplesIT {

    private static List<ConfigurableApplicationContext> examples;

    @BeforeAll
    static void start() {
        examples = Examples.start("--server.port=0");
    }

    @AfterAll
    static void stop() {
        examples.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void theThreeExamplesStartAndAnswer() {
        assertThat(examples).extracting(ConfigurableApplicationContext::getId)
                .containsExactly("inventory", "analytics", "saas");
        for (ConfigurableApplicationContext example : examples) {
            WebTestClient client = WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + Examples.port(example)).build();
            client.get().uri("/").exchange().expectStatus().isOk();
        }
    }
}
