package dev.quicksilver.spring.boot;

import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code quicksilvermigrations} actuator endpoint of a database-per-tenant application: for every tenant, its
 * migrations, applied or pending, as {@link QuicksilverMigrationsEndpoint} reports them for one database. Read-only
 * and reactive. Thread-safe.
 */
@Endpoint(id = "quicksilvermigrations")
public final class QuicksilverTenantMigrationsEndpoint {

    private final Map<String, MigrationRunner> runners = new LinkedHashMap<>();

    /**
     * An endpoint over every tenant.
     *
     * @param tenants the tenants
     * @param settings the migration settings every tenant is migrated with
     */
    public QuicksilverTenantMigrationsEndpoint(QuicksilverTenants tenants, MigrationSettings settings) {
        tenants.databases().forEach((tenant, database) -> runners.put(tenant, MigrationRunner.create(database, settings)));
    }

    /**
     * Lists every tenant's migrations.
     *
     * @return each tenant's migrations with counts of applied and pending ones, by tenant, in tenant order
     */
    @ReadOperation
    public Mono<Map<String, QuicksilverMigrationsEndpoint.MigrationsDescriptor>> migrations() {
        return Flux.fromIterable(runners.entrySet())
                .concatMap(tenant -> new QuicksilverMigrationsEndpoint(tenant.getValue()).migrations()
                        .map(descriptor -> Map.entry(tenant.getKey(), descriptor)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new);
    }
}
