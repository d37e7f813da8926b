package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.InventoryContentionTestKit;

class H2InventoryContentionIT extends InventoryContentionTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
