package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.PagingTestKit;

class PostgresPagingIT extends PagingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
