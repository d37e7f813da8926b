package dev.quicksilver.core.h2;

import dev.quicksilver.core.kit.TenantTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class H2TenantIT extends TenantTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
