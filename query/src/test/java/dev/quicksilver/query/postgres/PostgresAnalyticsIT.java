package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.AnalyticsTestKit;

class PostgresAnalyticsIT extends AnalyticsTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
