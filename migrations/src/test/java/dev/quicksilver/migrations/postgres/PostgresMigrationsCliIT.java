package dev.quicksilver.migrations.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.kit.MigrationsCliTestKit;

class PostgresMigrationsCliIT extends MigrationsCliTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
