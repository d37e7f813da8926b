package dev.quicksilver.migrations.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.kit.MigrationTestKit;

class PostgresMigrationIT extends MigrationTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
