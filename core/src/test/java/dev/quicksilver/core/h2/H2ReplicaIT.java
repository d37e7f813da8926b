package dev.quicksilver.core.h2;

import dev.quicksilver.core.kit.ReplicaTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class H2ReplicaIT extends ReplicaTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
