package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.ExpressionTestKit;

class PostgresExpressionIT extends ExpressionTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
