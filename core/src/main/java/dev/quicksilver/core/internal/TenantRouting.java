package dev.quicksilver.core.internal;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.Tenants;
import dev.quicksilver.core.exception.UnknownTenantException;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * The connection factory of a tenant-routed database: {@code create()} reads the tenant from the
 * subscriber's Reactor Context and takes a connection from that tenant's database (its pool; the
 * connection goes back there when closed). Public for {@link Tenants} only; not an API.
 */
public final class TenantRouting implements RoutedConnections {

    private final Map<String, Database> tenants;
    private final ConnectionFactoryMetadata metadata;

    private TenantRouting(Map<String, Database> tenants) {
        this.tenants = Map.copyOf(tenants);
        this.metadata = tenants.values().iterator().next().connectionFactory().getMetadata();
    }

    /**
     * @param tenants each tenant's database, by name (not empty)
     * @return the routing factory
     */
    public static ConnectionFactory connectionFactory(Map<String, Database> tenants) {
        return new TenantRouting(tenants);
    }

    @Override
    public Publisher<? extends Connection> create() {
        return Mono.deferContextual(context -> {
            String tenant = Tenants.current(context).orElse(null);
            if (tenant == null) {
                return Mono.error(new UnknownTenantException("No tenant in the Reactor Context: every statement of"
                        + " this database runs for a tenant. Add one with contextWrite(Tenants.with(\"…\")); tenants are "
                        + new java.util.TreeSet<>(tenants.keySet()) + "."));
            }
            Database database = tenants.get(tenant);
            if (database == null) {
                return Mono.error(new UnknownTenantException("Unknown tenant '" + tenant + "': tenants are "
                        + new java.util.TreeSet<>(tenants.keySet()) + ". Nothing ran."));
            }
            return Mono.from(database.connectionFactory().create());
        });
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
        return metadata;
    }

    @Override
    public String toString() {
        return "TenantRouting" + new java.util.TreeSet<>(tenants.keySet());
    }
}
