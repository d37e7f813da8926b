package dev.quicksilver.mapping.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.mapping.kit.CompositeKeyTestKit;

class H2CompositeKeyIT extends CompositeKeyTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
