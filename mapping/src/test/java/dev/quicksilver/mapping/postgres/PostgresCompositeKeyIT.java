package dev.quicksilver.mapping.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.mapping.kit.CompositeKeyTestKit;

class PostgresCompositeKeyIT extends CompositeKeyTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
