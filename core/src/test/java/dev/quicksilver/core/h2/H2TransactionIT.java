package dev.quicksilver.core.h2;

import dev.quicksilver.core.exception.DeadlockException;
import dev.quicksilver.core.exception.TransientDatabaseException;
import dev.quicksilver.core.kit.TransactionTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class H2TransactionIT extends TransactionTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }

    /** H2 reports a write conflict under snapshot isolation with its DEADLOCK_1 code, 40001. */
    @Override
    protected Class<? extends TransientDatabaseException> writeConflictError() {
        return DeadlockException.class;
    }

    @Override
    protected boolean readOnlyEnforced() {
        return false;
    }

    @Override
    protected String slowQuery() {
        return "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 5000) a, SYSTEM_RANGE(1, 5000) b";
    }
}
