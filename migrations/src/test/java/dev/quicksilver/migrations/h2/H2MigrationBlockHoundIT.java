package dev.quicksilver.migrations.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.kit.MigrationBlockingTestKit;

class H2MigrationBlockHoundIT extends MigrationBlockingTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
