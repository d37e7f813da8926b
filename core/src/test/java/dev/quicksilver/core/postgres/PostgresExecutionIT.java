package dev.quicksilver.core.postgres;

import dev.quicksilver.core.kit.ExecutionTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class PostgresExecutionIT extends ExecutionTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
