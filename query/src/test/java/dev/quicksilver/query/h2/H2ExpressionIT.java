package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.ExpressionTestKit;

class H2ExpressionIT extends ExpressionTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
