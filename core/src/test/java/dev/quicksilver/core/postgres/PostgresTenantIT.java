package dev.quicksilver.core.postgres;

import dev.quicksilver.core.kit.TenantTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class PostgresTenantIT extends TenantTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
