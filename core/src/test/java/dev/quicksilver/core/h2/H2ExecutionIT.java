package dev.quicksilver.core.h2;

import dev.quicksilver.core.kit.ExecutionTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class H2ExecutionIT extends ExecutionTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
