package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.EntityQueryTestKit;

class PostgresEntityQueryIT extends EntityQueryTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
