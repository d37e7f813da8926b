package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.RepositoryTestKit;

class PostgresRepositoryIT extends RepositoryTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
