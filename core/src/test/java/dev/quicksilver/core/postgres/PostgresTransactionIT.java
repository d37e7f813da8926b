package dev.quicksilver.core.postgres;

import dev.quicksilver.core.kit.TransactionTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class PostgresTransactionIT extends TransactionTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
