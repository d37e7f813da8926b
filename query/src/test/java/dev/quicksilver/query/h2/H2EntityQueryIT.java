package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.EntityQueryTestKit;

class H2EntityQueryIT extends EntityQueryTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
