package dev.quicksilver.core.h2;

import dev.quicksilver.core.kit.PoolTestKit;
import dev.quicksilver.core.testkit.DialectTarget;
import java.util.List;

class H2PoolIT extends PoolTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }

    /**
     * A Java function, not a sequence: with {@code NEXT VALUE FOR} H2 computes the whole result before
     * the first row whatever the settings (see {@link H2RowCounter}). Declared DETERMINISTIC so the
     * query stays read-only, which H2's lazy execution requires; it is called per row since its
     * argument changes per row.
     */
    @Override
    protected List<String> createRowCounter() {
        return List.of(
                "CREATE ALIAS QS_COUNT_ROW DETERMINISTIC FOR '" + H2RowCounter.class.getName() + ".next'",
                "CREATE ALIAS QS_ROWS_COUNTED FOR '" + H2RowCounter.class.getName() + ".value'");
    }

    @Override
    protected String countEachRow(int rows) {
        return "SELECT QS_COUNT_ROW(DATABASE(), X) FROM SYSTEM_RANGE(1, " + rows + ")";
    }

    @Override
    protected String rowCounterValue() {
        return "SELECT QS_ROWS_COUNTED(DATABASE())";
    }
}
