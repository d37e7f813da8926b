package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.RawSqlTestKit;

class H2RawSqlIT extends RawSqlTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
