package dev.quicksilver.core.postgres;

import dev.quicksilver.core.kit.ExternalTransactionsTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class PostgresExternalTransactionsIT extends ExternalTransactionsTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
