package dev.quicksilver.core.h2;

import dev.quicksilver.core.kit.BlockingTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class H2BlockHoundIT extends BlockingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
