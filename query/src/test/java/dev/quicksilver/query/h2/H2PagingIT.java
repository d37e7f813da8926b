package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.PagingTestKit;

class H2PagingIT extends PagingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
