package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.LockingTestKit;

class PostgresLockingIT extends LockingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
