package dev.quicksilver.migrations.autogenerate.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.autogenerate.kit.AutogenerateTestKit;

class H2AutogenerateIT extends AutogenerateTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
