package dev.quicksilver.core.postgres;

import dev.quicksilver.core.kit.ObservationTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class PostgresObservationIT extends ObservationTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }

    @Override
    protected String dbSystem() {
        return "postgresql";
    }

    @Override
    protected String slowishQuery() {
        return "SELECT pg_sleep(0.02)";
    }
}
