package dev.quicksilver.mapping.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.mapping.kit.NativeEnumTestKit;

class PostgresNativeEnumIT extends NativeEnumTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
