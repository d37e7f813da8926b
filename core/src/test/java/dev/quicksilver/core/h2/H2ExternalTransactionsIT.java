package dev.quicksilver.core.h2;

import dev.quicksilver.core.kit.ExternalTransactionsTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class H2ExternalTransactionsIT extends ExternalTransactionsTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
