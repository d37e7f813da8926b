package dev.quicksilver.migrations.autogenerate.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.autogenerate.kit.AutogenerateTestKit;

class PostgresAutogenerateIT extends AutogenerateTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
