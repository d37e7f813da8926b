package dev.quicksilver.query.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.CriteriaWriteTestKit;

class PostgresCriteriaWriteIT extends CriteriaWriteTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }
}
