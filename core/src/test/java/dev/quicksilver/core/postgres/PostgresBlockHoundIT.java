package dev.quicksilver.core.postgres;

import dev.quicksilver.core.kit.BlockingTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class PostgresBlockHoundIT extends BlockingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
