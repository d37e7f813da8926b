package dev.quicksilver.core.postgres;

import dev.quicksilver.core.kit.StreamingTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class PostgresStreamingIT extends StreamingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }

    @Override
    protected String generateWideRows(int rows, int width) {
        return "SELECT x::bigint, repeat('x', " + width + ") || x FROM generate_series(1, " + rows + ") AS x";
    }
}
