package dev.quicksilver.migrations.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.kit.MigrationBlockingTestKit;

class PostgresMigrationBlockHoundIT extends MigrationBlockingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
