package dev.quicksilver.mapping.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.mapping.kit.ArrayRoundTripTestKit;

class H2ArrayRoundTripIT extends ArrayRoundTripTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }

    /** r2dbc-h2 1.1 cannot bind an array with a NULL element nor read a typed array. */
    @Override
    protected boolean supportsArrays() {
        return false;
    }
}
