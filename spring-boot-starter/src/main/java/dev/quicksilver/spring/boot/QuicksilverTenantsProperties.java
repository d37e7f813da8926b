package dev.quicksilver.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code quicksilver.tenants.*} properties: a database per tenant, each tenant's R2DBC URL by name, the pool
 * every tenant's database gets, and the request header that names the tenant. A mutable bean bound once at
 * startup; not meant to be changed afterwards.
 */
@ConfigurationProperties("quicksilver.tenants")
public class QuicksilverTenantsProperties {

    /** Each tenant's R2DBC URL, by tenant name (e.g. quicksilver.tenants.databases.acme=r2dbc:h2:mem:///acme);
     * a TenantDatabases bean replaces them. */
    private Map<String, String> databases = new LinkedHashMap<>();

    /** The request header naming the tenant of a WebFlux request. */
    private String header = "X-Tenant";

    /** Request paths served without a tenant (path patterns, e.g. /,/actuator/**); their handlers must not touch
     * a tenant's data. */
    private List<String> excludedPaths = new ArrayList<>();

    private final Pool pool = new Pool();

    /** @return the tenants' URLs by name */
    public Map<String, String> getDatabases() {
        return databases;
    }

    /** @param databases the tenants' URLs by name */
    public void setDatabases(Map<String, String> databases) {
        this.databases = databases;
    }

    /** @return the tenant header's name */
    public String getHeader() {
        return header;
    }

    /** @param header the tenant header's name */
    public void setHeader(String header) {
        this.header = header;
    }

    /** @return the paths served without a tenant */
    public List<String> getExcludedPaths() {
        return excludedPaths;
    }

    /** @param excludedPaths the paths served without a tenant */
    public void setExcludedPaths(List<String> excludedPaths) {
        this.excludedPaths = excludedPaths;
    }

    /** @return the pool settings of every tenant's database */
    public Pool getPool() {
        return pool;
    }

    /** {@code quicksilver.tenants.pool.*}: the pool of each tenant's database (each tenant has its own pool). */
    public static class Pool {

        /** Connections opened when a tenant's pool starts. */
        private int initialSize = 1;

        /** Connections kept idle in each tenant's pool. */
        private int minIdle = 1;

        /** Most connections open in each tenant's pool. */
        private int maxSize = 10;

        /** How long a statement waits for a connection of its tenant's pool before failing. */
        private Duration acquireTimeout = Duration.ofSeconds(30);

        /** Idle connections are closed after this long. */
        private Duration maxIdleTime = Duration.ofMinutes(30);

        /** @return the initial size */
        public int getInitialSize() {
            return initialSize;
        }

        /** @param initialSize the initial size */
        public void setInitialSize(int initialSize) {
            this.initialSize = initialSize;
        }

        /** @return the idle connections kept */
        public int getMinIdle() {
            return minIdle;
        }

        /** @param minIdle the idle connections kept */
        public void setMinIdle(int minIdle) {
            this.minIdle = minIdle;
        }

        /** @return the maximum size */
        public int getMaxSize() {
            return maxSize;
        }

        /** @param maxSize the maximum size */
        public void setMaxSize(int maxSize) {
            this.maxSize = maxSize;
        }

        /** @return the acquire timeout */
        public Duration getAcquireTimeout() {
            return acquireTimeout;
        }

        /** @param acquireTimeout the acquire timeout */
        public void setAcquireTimeout(Duration acquireTimeout) {
            this.acquireTimeout = acquireTimeout;
        }

        /** @return the maximum idle time */
        public Duration getMaxIdleTime() {
            return maxIdleTime;
        }

        /** @param maxIdleTime the maximum idle time */
        public void setMaxIdleTime(Duration maxIdleTime) {
            this.maxIdleTime = maxIdleTime;
        }
    }
}
