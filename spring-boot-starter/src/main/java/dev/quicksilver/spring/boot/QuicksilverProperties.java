package dev.quicksilver.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code quicksilver.*} properties: the database's options and the migrations run at startup.
 * The connection itself is Spring Boot's ({@code spring.r2dbc.*}). A mutable bean bound once at startup;
 * not meant to be changed afterwards.
 */
@ConfigurationProperties("quicksilver")
public class QuicksilverProperties {

    private final DatabaseProperties database = new DatabaseProperties();
    private final MigrationsProperties migrations = new MigrationsProperties();
    private final RepositoriesProperties repositories = new RepositoriesProperties();
    private final ReplicaProperties replica = new ReplicaProperties();

    /** @return the database's options */
    public DatabaseProperties getDatabase() {
        return database;
    }

    /** @return the migrations' settings */
    public MigrationsProperties getMigrations() {
        return migrations;
    }

    /** @return the repositories' settings */
    public RepositoriesProperties getRepositories() {
        return repositories;
    }

    /**
     * {@code quicksilver.replica.*}: a read replica.
     *
     * @return the replica properties
     */
    public ReplicaProperties getReplica() {
        return replica;
    }

    /**
     * {@code quicksilver.replica.*}: a read replica of the application's database. When a URL is set,
     * read-only transactions (Quicksilver's, {@code TransactionOptions.readOnly}) and pipelines marked with
     * {@code ReadReplicas.readOnly()} run on it; everything else on the primary.
     */
    public static class ReplicaProperties {

        /** R2DBC URL of the replica (same kind of database as the primary); unset: no replica. */
        private @Nullable String url;

        /** Most connections the replica's pool holds. */
        private int maxPoolSize = 10;

        /** How long a request for a replica connection waits when the pool is exhausted. */
        private Duration acquireTimeout = Duration.ofSeconds(10);

        /**
         * @return the replica's URL, or null
         */
        public @Nullable String getUrl() {
            return url;
        }

        /**
         * @param url the replica's URL
         */
        public void setUrl(@Nullable String url) {
            this.url = url;
        }

        /**
         * @return the pool's maximum size
         */
        public int getMaxPoolSize() {
            return maxPoolSize;
        }

        /**
         * @param maxPoolSize the pool's maximum size
         */
        public void setMaxPoolSize(int maxPoolSize) {
            this.maxPoolSize = maxPoolSize;
        }

        /**
         * @return the acquire timeout
         */
        public Duration getAcquireTimeout() {
            return acquireTimeout;
        }

        /**
         * @param acquireTimeout the acquire timeout
         */
        public void setAcquireTimeout(Duration acquireTimeout) {
            this.acquireTimeout = acquireTimeout;
        }
    }

    /** {@code quicksilver.repositories.*}: the reactive repositories found in the application's packages. */
    public static class RepositoriesProperties {

        /** Whether to register a bean for every ReactiveRepository interface in the application's packages. */
        private boolean enabled = true;

        /** @return whether repositories are scanned */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether repositories are scanned */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** {@code quicksilver.database.*}: options of the auto-configured {@code Database}. */
    public static class DatabaseProperties {

        /** The database's name, in logs, observations (db.name) and pool gauges. */
        private String name = "default";

        /** Statements that take longer are logged at WARN; unset logs none. */
        private @Nullable Duration slowStatementThreshold;

        /** Rows fetched per round trip when a statement does not say (0: the driver's default). */
        private int defaultFetchSize;

        /** Whether observations carry the statement's parameter values (db.parameters); off, as values may be
         * personal data. */
        private boolean parametersObserved;

        /** @return the name */
        public String getName() {
            return name;
        }

        /** @param name the name */
        public void setName(String name) {
            this.name = name;
        }

        /** @return the slow-statement threshold, or null */
        public @Nullable Duration getSlowStatementThreshold() {
            return slowStatementThreshold;
        }

        /** @param slowStatementThreshold the threshold, or null for none */
        public void setSlowStatementThreshold(@Nullable Duration slowStatementThreshold) {
            this.slowStatementThreshold = slowStatementThreshold;
        }

        /** @return the default fetch size */
        public int getDefaultFetchSize() {
            return defaultFetchSize;
        }

        /** @param defaultFetchSize the default fetch size */
        public void setDefaultFetchSize(int defaultFetchSize) {
            this.defaultFetchSize = defaultFetchSize;
        }

        /** @return whether parameters are observed */
        public boolean isParametersObserved() {
            return parametersObserved;
        }

        /** @param parametersObserved whether parameters are observed */
        public void setParametersObserved(boolean parametersObserved) {
            this.parametersObserved = parametersObserved;
        }
    }

    /** {@code quicksilver.migrations.*}: the migrations applied while the application starts. */
    public static class MigrationsProperties {

        /** Whether to migrate at startup. */
        private boolean enabled = true;

        /** Where migration scripts are found (classpath: or filesystem: prefixes). */
        private List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));

        /** The version a baseline records. */
        private String baselineVersion = "1";

        /** Whether a database with no migration history is baselined (at baseline-version) before migrating; only
         * for a database that already holds the schema, as an empty one is baselined too. */
        private boolean baselineOnMigrate;

        /** Whether a migration older than the newest applied one may still run. */
        private boolean outOfOrder;

        /** The schema migrated (created when missing; the history table lives there); unset: the connection's. */
        private @Nullable String schema;

        /** The history table's name. */
        private String table = "quicksilver_schema_history";

        /** Values of ${name} placeholders in scripts. */
        private Map<String, String> placeholders = new LinkedHashMap<>();

        /** Schemas migrated as tenants, each with its own history (replaces schema when set). */
        private List<String> tenants = new ArrayList<>();

        /** Tenants migrated at once. */
        private int tenantParallelism = 4;

        /** @return whether migrations run at startup */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether migrations run at startup */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the locations */
        public List<String> getLocations() {
            return locations;
        }

        /** @param locations the locations */
        public void setLocations(List<String> locations) {
            this.locations = locations;
        }

        /** @return the baseline version */
        public String getBaselineVersion() {
            return baselineVersion;
        }

        /** @param baselineVersion the baseline version */
        public void setBaselineVersion(String baselineVersion) {
            this.baselineVersion = baselineVersion;
        }

        /** @return whether an unmigrated database is baselined first */
        public boolean isBaselineOnMigrate() {
            return baselineOnMigrate;
        }

        /** @param baselineOnMigrate whether an unmigrated database is baselined first */
        public void setBaselineOnMigrate(boolean baselineOnMigrate) {
            this.baselineOnMigrate = baselineOnMigrate;
        }

        /** @return whether out-of-order migrations run */
        public boolean isOutOfOrder() {
            return outOfOrder;
        }

        /** @param outOfOrder whether out-of-order migrations run */
        public void setOutOfOrder(boolean outOfOrder) {
            this.outOfOrder = outOfOrder;
        }

        /** @return the schema, or null */
        public @Nullable String getSchema() {
            return schema;
        }

        /** @param schema the schema, or null */
        public void setSchema(@Nullable String schema) {
            this.schema = schema;
        }

        /** @return the history table */
        public String getTable() {
            return table;
        }

        /** @param table the history table */
        public void setTable(String table) {
            this.table = table;
        }

        /** @return the placeholders */
        public Map<String, String> getPlaceholders() {
            return placeholders;
        }

        /** @param placeholders the placeholders */
        public void setPlaceholders(Map<String, String> placeholders) {
            this.placeholders = placeholders;
        }

        /** @return the tenant schemas */
        public List<String> getTenants() {
            return tenants;
        }

        /** @param tenants the tenant schemas */
        public void setTenants(List<String> tenants) {
            this.tenants = tenants;
        }

        /** @return the tenant parallelism */
        public int getTenantParallelism() {
            return tenantParallelism;
        }

        /** @param tenantParallelism the tenant parallelism */
        public void setTenantParallelism(int tenantParallelism) {
            this.tenantParallelism = tenantParallelism;
        }
    }
}
