package dev.quicksilver.mapping.postgres;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.mapping.kit.TypeRoundTripTestKit;

class PostgresTypeRoundTripIT extends TypeRoundTripTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }

    @Override
    protected boolean keepsOffset() {
        return false;
    }

    @Override
    protected boolean keepsNegativeZero() {
        return true;
    }

    @Override
    protected String reformattedSampleJson() {
        return "{\"a\": {\"ü\": null}, \"b\": [1, 2.50, \"x\"]}";
    }

    @Override
    protected String jsonParameter(String marker) {
        return "CAST(" + marker + " AS jsonb)";
    }
}
