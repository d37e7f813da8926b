package dev.quicksilver.core.h2;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound lets H2 do on a non-blocking thread. H2 is an embedded database: r2dbc-h2 runs it
 * on the subscribing thread, so H2's own internals run there. One of them blocks, found by
 * {@link H2BlockHoundIT}: the first error H2 raises initialises {@code org.h2.message.DbException},
 * whose static initializer reads H2's message bundle from its jar ({@code Utils.getResource}, file
 * I/O, once per JVM). Only that frame is allowed. Quicksilver's code and r2dbc-pool are never allowed
 * to block. Registered in {@code META-INF/services}, so {@code BlockHound.install()} loads it.
 */
public final class H2BlockHoundIntegration implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside("org.h2.util.Utils", "getResource");
    }
}
