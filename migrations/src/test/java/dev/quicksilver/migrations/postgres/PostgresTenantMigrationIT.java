package dev.quicksilver.migrations.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.kit.TenantMigrationTestKit;

class PostgresTenantMigrationIT extends TenantMigrationTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
