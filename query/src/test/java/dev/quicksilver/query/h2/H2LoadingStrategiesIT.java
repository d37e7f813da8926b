package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.LoadingStrategiesTestKit;

class H2LoadingStrategiesIT extends LoadingStrategiesTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
