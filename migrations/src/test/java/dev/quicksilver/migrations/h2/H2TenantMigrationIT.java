package dev.quicksilver.migrations.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.kit.TenantMigrationTestKit;

class H2TenantMigrationIT extends TenantMigrationTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
