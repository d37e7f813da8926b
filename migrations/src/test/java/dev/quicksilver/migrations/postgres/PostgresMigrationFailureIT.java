package dev.quicksilver.migrations.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.kit.MigrationFailureTestKit;

class PostgresMigrationFailureIT extends MigrationFailureTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
