package dev.quicksilver.spring.boot;

import java.util.UUID;

/** Tenants on H2: each tenant an in-memory database of its own, gone when its last connection closes. */
class H2TenantsIT extends TenantsTestKit {

    @Override
    protected String newTenantUrl() {
        return "r2dbc:h2:mem:///tenant-" + UUID.randomUUID();
    }

    @Override
    protected void drop(String url) {
    }
}
