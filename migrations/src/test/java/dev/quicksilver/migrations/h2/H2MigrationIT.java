package dev.quicksilver.migrations.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.kit.MigrationTestKit;

class H2MigrationIT extends MigrationTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
