package dev.quicksilver.core.postgres;

import dev.quicksilver.core.kit.ReplicaTestKit;
import dev.quicksilver.core.testkit.DialectTarget;

class PostgresReplicaIT extends ReplicaTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
