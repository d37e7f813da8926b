package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.WritesTestKit;

class PostgresWritesIT extends WritesTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
