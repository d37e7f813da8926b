package dev.quicksilver.core;

import dev.quicksilver.core.exception.UnknownTenantException;
import dev.quicksilver.core.internal.TenantRouting;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Database per tenant: the tenant of a request travels in the Reactor Context, and a tenant-routed
 * {@link Database} runs each statement (and each transaction) on the database of the context's tenant.
 * A statement without a tenant, or with one that is not configured, fails with an
 * {@link UnknownTenantException} — never a fallback to someone else's data.
 *
 * <pre>{@code
 * Database tenants = Tenants.database(Map.of("acme", acmeDb, "globex", globexDb));
 * Quicksilver.of(tenants).select(ORDER).fetch()
 *     .contextWrite(Tenants.with("acme"));                 // e.g. from a request header in a WebFilter
 * }</pre>
 */
public final class Tenants {

    /** The Reactor Context key holding the current tenant's name. */
    public static final String CONTEXT_KEY = "dev.quicksilver.tenant";

    private Tenants() {
    }

    /**
     * A context holding a tenant, for {@code contextWrite}.
     *
     * @param tenant the tenant's name
     * @return the context
     */
    public static Context with(String tenant) {
        return Context.of(CONTEXT_KEY, Objects.requireNonNull(tenant, "tenant"));
    }

    /**
     * The tenant of a context.
     *
     * @param context a Reactor Context
     * @return the tenant, if one is set
     */
    public static Optional<String> current(ContextView context) {
        return context.getOrEmpty(CONTEXT_KEY);
    }

    /**
     * A database routing every statement and transaction to the database of the Reactor Context's tenant.
     * Each tenant's database keeps its own pool; the routed database adds none, and closing it closes
     * nothing (close the tenants' databases). All tenants must share a dialect.
     *
     * @param tenants each tenant's database, by name
     * @return the routed database
     * @throws IllegalArgumentException when there are no tenants or their dialects differ
     */
    public static Database database(Map<String, Database> tenants) {
        Objects.requireNonNull(tenants, "tenants");
        if (tenants.isEmpty()) {
            throw new IllegalArgumentException("No tenants: give at least one tenant's database");
        }
        Map<String, Database> copy = new LinkedHashMap<>(tenants);
        Database first = copy.values().iterator().next();
        for (Map.Entry<String, Database> tenant : copy.entrySet()) {
            if (!tenant.getValue().dialect().name().equals(first.dialect().name())) {
                throw new IllegalArgumentException("Tenant " + tenant.getKey() + " is on " + tenant.getValue().dialect()
                        .name() + ", the others on " + first.dialect().name() + ": a routed database has one dialect.");
            }
        }
        return Database.from(TenantRouting.connectionFactory(copy), first.options().mutate()
                .name(first.options().name() + "-tenants")
                .pool(PoolSettings.builder().enabled(false).build())
                .dialect(first.dialect()).build());
    }
}
