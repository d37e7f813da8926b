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
}
