package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.BulkKeyedWritesTestKit;

class H2BulkKeyedWritesIT extends BulkKeyedWritesTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
