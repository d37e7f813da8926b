package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.CriteriaWriteTestKit;

class H2CriteriaWriteIT extends CriteriaWriteTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }
}
