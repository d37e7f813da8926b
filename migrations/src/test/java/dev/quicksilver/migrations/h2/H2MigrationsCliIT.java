package dev.quicksilver.migrations.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.kit.MigrationsCliTestKit;

class H2MigrationsCliIT extends MigrationsCliTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
