package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.BulkWriterTestKit;

class PostgresBulkWriterIT extends BulkWriterTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
