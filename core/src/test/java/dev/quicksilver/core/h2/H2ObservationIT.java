package dev.quicksilver.core.h2;

import dev.quicksilver.core.kit.ObservationTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class H2ObservationIT extends ObservationTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }

    @Override
    protected String dbSystem() {
        return "h2";
    }

    @Override
    protected String slowishQuery() {
        return "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 1000) a, SYSTEM_RANGE(1, 1000) b";
    }
}
