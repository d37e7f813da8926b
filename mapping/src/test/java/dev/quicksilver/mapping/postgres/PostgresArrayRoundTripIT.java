package dev.quicksilver.mapping.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.mapping.kit.ArrayRoundTripTestKit;

class PostgresArrayRoundTripIT extends ArrayRoundTripTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }

    @Override
    protected boolean supportsArrays() {
        return true;
    }
}
