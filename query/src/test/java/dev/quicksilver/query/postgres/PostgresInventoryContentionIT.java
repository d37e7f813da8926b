package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.InventoryContentionTestKit;

class PostgresInventoryContentionIT extends InventoryContentionTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
