package dev.quicksilver.query.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.query.kit.WritesTestKit;

class H2WritesIT extends WritesTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }

    @Override
    protected boolean statementsAnswerAsynchronously() {
        return false;
    }
}
