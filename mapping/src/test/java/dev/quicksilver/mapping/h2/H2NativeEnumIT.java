package dev.quicksilver.mapping.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.mapping.kit.NativeEnumTestKit;

class H2NativeEnumIT extends NativeEnumTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
