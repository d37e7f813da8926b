package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.QueryBlockingTestKit;

class H2QueryBlockHoundIT extends QueryBlockingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
