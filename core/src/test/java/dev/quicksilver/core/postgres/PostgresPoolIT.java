package dev.quicksilver.core.postgres;

import dev.quicksilver.core.kit.PoolTestKit;
import dev.quicksilver.core.testkit.DialectTarget;
import java.util.List;

class PostgresPoolIT extends PoolTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }

    /** A sequence: nextval runs as each row is projected, so it counts the rows PostgreSQL computed. */
    @Override
    protected List<String> createRowCounter() {
        return List.of("CREATE SEQUENCE qs_rows");
    }

    @Override
    protected String countEachRow(int rows) {
        return "SELECT nextval('qs_rows') FROM generate_series(1, " + rows + ")";
    }

    @Override
    protected String rowCounterValue() {
        return "SELECT last_value FROM qs_rows";
    }
}
