package dev.quicksilver.migrations;

import dev.quicksilver.core.Database;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Migrates a set of tenants — databases, or schemas of one database — with bounded parallelism, each with
 * its own history and lock, and reports per tenant. A failing tenant is reported and does not stop the
 * others: its runner's own failure model keeps its database as the migration left it (on PostgreSQL the
 * failed migration leaves nothing), and no other tenant's connection or history is touched.
 *
 * <pre>{@code
 * TenantMigrations tenants = TenantMigrations.databases(Map.of("acme", acmeDb, "globex", globexDb),
 *         MigrationSettings.defaults()).parallelism(4);
 * tenants.migrate().subscribe(report -> log.info("{}: {}", report.tenant(), report.succeeded()));
 * }</pre>
 *
 * <p>{@code TenantMigrations.schemas(db, List.of("acme", "globex"), settings)} does the same for a schema per
 * tenant in one database. Immutable and thread-safe; each call runs every tenant again.
 */
public final class TenantMigrations {

    private static final int DEFAULT_PARALLELISM = 4;

    private final Map<String, MigrationRunner> runners;
    private final int parallelism;

    private TenantMigrations(Map<String, MigrationRunner> runners, int parallelism) {
        this.runners = runners;
        this.parallelism = parallelism;
    }

    /**
     * Tenants with a runner each, in the map's order.
     *
     * @param runners the runners by tenant name
     * @return the tenants
     */
    public static TenantMigrations of(Map<String, MigrationRunner> runners) {
        Objects.requireNonNull(runners, "runners");
        if (runners.isEmpty()) {
            throw new IllegalArgumentException("No tenants: give at least one");
        }
        return new TenantMigrations(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(runners)),
                DEFAULT_PARALLELISM);
    }

    /**
     * A database per tenant, all migrated with the same settings (each keeps its own history).
     *
     * @param databases the databases by tenant name
     * @param settings the settings of every tenant's runner
     * @return the tenants
     */
    public static TenantMigrations databases(Map<String, Database> databases, MigrationSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return of(map(databases, database -> MigrationRunner.create(database, settings)));
    }

    /**
     * A schema per tenant in one database, named by the tenant: each migrated in its schema
     * ({@link MigrationSettings.Builder#schema}: created when missing, the migration connection's default
     * schema, the history's schema), all with the same other settings.
     *
     * @param database the database holding the schemas
     * @param schemas the tenants' schemas
     * @param settings the settings of every tenant's runner (its schema is replaced)
     * @return the tenants
     */
    public static TenantMigrations schemas(Database database, List<String> schemas, MigrationSettings settings) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(settings, "settings");
        Map<String, String> bySchema = new LinkedHashMap<>();
        for (String schema : Objects.requireNonNull(schemas, "schemas")) {
            bySchema.put(schema, schema);
        }
        return of(map(bySchema, schema -> MigrationRunner.create(database, settings.mutate().schema(schema).build())));
    }

    private static <T> Map<String, MigrationRunner> map(Map<String, T> tenants, Function<T, MigrationRunner> runner) {
        Objects.requireNonNull(tenants, "tenants");
        Map<String, MigrationRunner> runners = new LinkedHashMap<>();
        tenants.forEach((name, tenant) -> runners.put(Objects.requireNonNull(name, "tenant name"),
                runner.apply(Objects.requireNonNull(tenant, "tenant " + name))));
        return runners;
    }

    /**
     * At most this many tenants migrate at once (default 4); each holds a connection of its own while it runs.
     *
     * @param tenants tenants at once, at least 1
     * @return a copy with the bound
     */
    public TenantMigrations parallelism(int tenants) {
        if (tenants < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + tenants);
        }
        return new TenantMigrations(runners, tenants);
    }

    /** The tenants' names, in order. */
    public List<String> tenants() {
        return List.copyOf(runners.keySet());
    }

    /**
     * Migrates every tenant, at most {@link #parallelism} at once, and emits each tenant's report as it
     * finishes; a tenant's failure is a report with its error, never an error of the stream.
     *
     * @return one report per tenant, in completion order
     */
    public Flux<TenantReport> migrate() {
        return Flux.fromIterable(runners.entrySet()).flatMap(tenant -> {
            long started = System.nanoTime();
            return Mono.defer(() -> tenant.getValue().migrate())
                    .map(report -> new TenantReport(tenant.getKey(), report, null, since(started)))
                    .onErrorResume(error -> Mono.just(new TenantReport(tenant.getKey(), null, error, since(started))));
        }, parallelism);
    }

    /**
     * Migrates every tenant and completes with all reports in the tenants' order; fails, after every
     * tenant has run, with a {@link TenantMigrationException} naming the tenants that failed.
     *
     * @return every tenant's report, or the failure naming the failed tenants
     */
    public Mono<List<TenantReport>> migrateAll() {
        return migrate().collectMap(TenantReport::tenant).flatMap(byTenant -> {
            List<TenantReport> ordered = new ArrayList<>(runners.size());
            for (String tenant : runners.keySet()) {
                ordered.add(byTenant.get(tenant));
            }
            List<TenantReport> failed = ordered.stream().filter(report -> !report.succeeded()).toList();
            return failed.isEmpty() ? Mono.just(ordered) : Mono.error(new TenantMigrationException(ordered));
        });
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Override
    public String toString() {
        return "TenantMigrations" + runners.keySet() + "(parallelism " + parallelism + ")";
    }
}
