package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.BulkWriterTestKit;
import java.util.UUID;

class H2BulkWriterIT extends BulkWriterTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }

    /**
     * An in-memory H2 keeps the million rows in the heap the child JVM measures, and the child cannot
     * reach this JVM's in-memory database anyway: it writes to a file database of its own.
     */
    @Override
    protected String childUrl() {
        // relative to the child's working directory, the module's (H2 wants relative paths to start with ./)
        return "r2dbc:h2:file:///./target/bulk-h2/" + UUID.randomUUID();
    }
}
