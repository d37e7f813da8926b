package dev.quicksilver.migrations.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.kit.ClusterMigrationTestKit;

class PostgresClusterMigrationIT extends ClusterMigrationTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
