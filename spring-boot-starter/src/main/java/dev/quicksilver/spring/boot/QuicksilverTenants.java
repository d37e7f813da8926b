package dev.quicksilver.spring.boot;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.core.Tenants;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import reactor.core.publisher.Flux;

/**
 * The tenants of a database-per-tenant application, as the starter configured them: one {@link Database} per
 * tenant (each with its own pool) and the tenant-routed {@link Database} over them that the application's
 * {@code Database} bean is. The bean exists when {@code quicksilver.tenants.databases.*} is set or a
 * {@link TenantDatabases} bean is defined; use it to list the tenants or to reach one tenant's database
 * outside a request (a batch job, an admin task).
 *
 * <p>The pools the starter created are closed with the context. Immutable after construction and thread-safe.
 */
public final class QuicksilverTenants {

    private final Map<String, Database> databases;
    private final List<Database> owned;
    private final Database routed;

    private QuicksilverTenants(Map<String, Database> databases, List<Database> owned) {
        this.databases = Collections.unmodifiableMap(new LinkedHashMap<>(databases));
        this.owned = List.copyOf(owned);
        this.routed = Tenants.database(this.databases);
    }

    /**
     * Opens a database per tenant from its R2DBC URL (no connection is made until first use).
     *
     * @param urls each tenant's URL, by name
     * @param options the options of a tenant's database, given the tenant's name
     * @return the tenants, owning every pool
     */
    static QuicksilverTenants fromUrls(Map<String, String> urls, Function<String, DatabaseOptions> options) {
        Map<String, Database> databases = new LinkedHashMap<>();
        checkNotEmpty(urls).forEach((tenant, url) -> databases.put(checkName(tenant),
                Database.connect(Objects.requireNonNull(url, "URL of tenant " + tenant), options.apply(tenant))));
        return new QuicksilverTenants(databases, List.copyOf(databases.values()));
    }

    /**
     * Builds a database per tenant on its connection factory; a factory that pools already is used as it is and
     * stays its owner's to close.
     *
     * @param factories each tenant's connection factory, by name
     * @param options the options of a tenant's database, given the tenant's name
     * @return the tenants, owning the pools they created
     */
    static QuicksilverTenants fromConnectionFactories(Map<String, ConnectionFactory> factories,
                                                      Function<String, DatabaseOptions> options) {
        Map<String, Database> databases = new LinkedHashMap<>();
        List<Database> owned = new ArrayList<>();
        checkNotEmpty(factories).forEach((tenant, factory) -> {
            Objects.requireNonNull(factory, "connection factory of tenant " + tenant);
            Database database = Database.from(factory, options.apply(checkName(tenant)));
            databases.put(tenant, database);
            if (!(factory instanceof ConnectionPool)) {
                owned.add(database);
            }
        });
        return new QuicksilverTenants(databases, owned);
    }

    /**
     * The pool of every tenant's database, from the properties.
     *
     * @param pool {@code quicksilver.tenants.pool.*}
     * @return the settings
     */
    static PoolSettings poolSettings(QuicksilverTenantsProperties.Pool pool) {
        return PoolSettings.builder().initialSize(pool.getInitialSize()).minIdle(pool.getMinIdle())
                .maxSize(pool.getMaxSize()).acquireTimeout(pool.getAcquireTimeout())
                .maxIdleTime(pool.getMaxIdleTime()).build();
    }

    private static <T> Map<String, T> checkNotEmpty(Map<String, T> tenants) {
        if (Objects.requireNonNull(tenants, "tenants").isEmpty()) {
            throw new IllegalArgumentException("No tenants: set quicksilver.tenants.databases.<tenant>=<r2dbc url>"
                    + " or return at least one tenant from the TenantDatabases bean.");
        }
        return tenants;
    }

    private static String checkName(String tenant) {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalArgumentException("A tenant's name must not be blank");
        }
        return tenant;
    }

    /** @return the tenants' names, in configuration order */
    public List<String> names() {
        return List.copyOf(databases.keySet());
    }

    /**
     * @param tenant a tenant's name
     * @return whether the tenant is configured
     */
    public boolean contains(String tenant) {
        return databases.containsKey(tenant);
    }

    /**
     * One tenant's own database, for work outside a request (no tenant in the Reactor Context needed).
     *
     * @param tenant the tenant's name
     * @return its database, or empty when the tenant is not configured
     */
    public Optional<Database> database(String tenant) {
        return Optional.ofNullable(databases.get(tenant));
    }

    /** @return every tenant's database, by name, in configuration order */
    public Map<String, Database> databases() {
        return databases;
    }

    /** @return the tenant-routed database (the application's {@code Database} bean) */
    public Database routed() {
        return routed;
    }

    /** Closes the pools the starter created (blocking; Spring calls it when the context closes). */
    public void close() {
        Flux.fromIterable(owned).concatMap(Database::close).then().block();
    }

    @Override
    public String toString() {
        return "QuicksilverTenants" + databases.keySet();
    }
}
