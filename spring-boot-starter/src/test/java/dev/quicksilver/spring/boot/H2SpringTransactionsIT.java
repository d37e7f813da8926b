package dev.quicksilver.spring.boot;

/** Spring's reactive transactions over Quicksilver on embedded H2 (Spring Boot's fallback). */
class H2SpringTransactionsIT extends SpringTransactionsTestKit {

    @Override
    protected String[] connectionProperties() {
        return new String[0];
    }
}
