package dev.quicksilver.core.internal;

import io.r2dbc.spi.ConnectionFactory;

/**
 * A connection factory that hands out connections of other Quicksilver databases (tenants, a primary and
 * its replica): those databases' pools initialised the connections already, so a database built on a
 * routed factory runs no connection-init statements of its own and adds no pool.
 */
interface RoutedConnections extends ConnectionFactory {
}
