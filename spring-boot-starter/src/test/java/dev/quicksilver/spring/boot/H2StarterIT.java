package dev.quicksilver.spring.boot;

/** The starter on embedded H2, the database Spring Boot falls back to when no URL is set. */
class H2StarterIT extends StarterTestKit {

    @Override
    protected String[] connectionProperties() {
        return new String[0];
    }

    @Override
    protected String expectedDialect() {
        return "H2";
    }

    @Override
    protected String ownDatabaseUrl() {
        return "r2dbc:h2:mem:///own-" + java.util.UUID.randomUUID() + "?options=DB_CLOSE_DELAY=-1";
    }

    @Override
    protected String separateDatabaseUrl(String schema) {
        return ownDatabaseUrl();
    }
}
