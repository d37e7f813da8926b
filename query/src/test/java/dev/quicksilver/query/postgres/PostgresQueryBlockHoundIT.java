package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.QueryBlockingTestKit;

class PostgresQueryBlockHoundIT extends QueryBlockingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
