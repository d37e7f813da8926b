package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.LiteralMatchingTestKit;

class H2LiteralMatchingIT extends LiteralMatchingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
