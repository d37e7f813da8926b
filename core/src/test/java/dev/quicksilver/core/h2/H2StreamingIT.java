package dev.quicksilver.core.h2;

import dev.quicksilver.core.kit.StreamingTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class H2StreamingIT extends StreamingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }

    /** The child JVM opens the in-memory database of this name afresh: the query needs no tables. */
    @Override
    protected String generateWideRows(int rows, int width) {
        return "SELECT X, REPEAT('x', " + width + ") || X FROM SYSTEM_RANGE(1, " + rows + ")";
    }
}
