package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.BulkKeyedWritesTestKit;

class PostgresBulkKeyedWritesIT extends BulkKeyedWritesTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
