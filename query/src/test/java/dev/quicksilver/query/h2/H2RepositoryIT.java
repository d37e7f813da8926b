package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.RepositoryTestKit;

class H2RepositoryIT extends RepositoryTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
