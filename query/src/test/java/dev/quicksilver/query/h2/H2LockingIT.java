package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.LockingTestKit;

class H2LockingIT extends LockingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }

    @Override
    protected boolean takesSharedLocks() {
        return false;
    }
}
