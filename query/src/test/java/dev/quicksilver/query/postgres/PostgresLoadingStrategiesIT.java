package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.LoadingStrategiesTestKit;

class PostgresLoadingStrategiesIT extends LoadingStrategiesTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
