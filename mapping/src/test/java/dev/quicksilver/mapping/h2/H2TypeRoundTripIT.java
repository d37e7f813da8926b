package dev.quicksilver.mapping.h2;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.mapping.kit.TypeRoundTripTestKit;

class H2TypeRoundTripIT extends TypeRoundTripTestKit {

    @Override
    protected DialectTarget target() {
        return DialectTarget.h2();
    }

    @Override
    protected boolean keepsOffset() {
        return true;
    }

    @Override
    protected boolean keepsNegativeZero() {
        return false;
    }

    @Override
    protected String reformattedSampleJson() {
        return "{\"b\":[1,2.50,\"x\"],\"a\":0,\"a\":{\"ü\":null}}";
    }

    @Override
    protected String jsonParameter(String marker) {
        return marker + " FORMAT JSON";
    }

    /** Unsized decimals are DECFLOAT on H2: exact values, trailing zeros dropped. */
    @Override
    protected boolean keepsTrailingZerosOfUnsizedDecimals() {
        return false;
    }
}
