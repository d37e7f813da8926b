package dev.quicksilver.migrations.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.kit.MigrationFailureTestKit;

class H2MigrationFailureIT extends MigrationFailureTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
