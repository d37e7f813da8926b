package dev.quicksilver.spring.boot;

import io.r2dbc.spi.ConnectionFactory;
import java.util.Map;

/**
 * The tenants of a database-per-tenant application, when they do not come from the
 * {@code quicksilver.tenants.databases.*} properties: define one bean of this type and the starter builds a
 * pooled {@code Database} per tenant on its connection factories (a bean wins over the properties).
 *
 * <p>Called once, while the context starts: the set of tenants is fixed for the application's life (every tenant
 * is migrated at startup). A factory that already pools (an r2dbc-pool {@code ConnectionPool}) is used as it is
 * and stays the application's to close; any other is pooled with {@code quicksilver.tenants.pool.*}, and that
 * pool is closed with the context. All tenants must be on the same kind of database (one dialect).
 *
 * <pre>{@code
 * @Bean
 * TenantDatabases tenants() {
 *     return () -> Map.of("acme", ConnectionFactories.get("r2dbc:postgresql://db/acme"),
 *                         "globex", ConnectionFactories.get("r2dbc:postgresql://db/globex"));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface TenantDatabases {

    /**
     * Each tenant's connection factory, by the tenant's name (the value of the tenant header).
     *
     * @return at least one tenant, in the order they are migrated and listed
     */
    Map<String, ConnectionFactory> connectionFactories();
}
