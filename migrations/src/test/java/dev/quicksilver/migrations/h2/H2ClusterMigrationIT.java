package dev.quicksilver.migrations.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.kit.ClusterMigrationTestKit;

class H2ClusterMigrationIT extends ClusterMigrationTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
