package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.LiteralMatchingTestKit;

class PostgresLiteralMatchingIT extends LiteralMatchingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
