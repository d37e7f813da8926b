package dev.quicksilver.core.h2;

import dev.quicksilver.core.kit.TransactionTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class H2TransactionIT extends TransactionTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
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
