package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.RawSqlTestKit;

class PostgresRawSqlIT extends RawSqlTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
