package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.AnalyticsTestKit;

class H2AnalyticsIT extends AnalyticsTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
