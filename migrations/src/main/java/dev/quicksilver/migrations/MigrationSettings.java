package dev.quicksilver.migrations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link MigrationRunner} finds migrations and keeps its history: locations, Java migrations,
 * history table, placeholders, out-of-order mode, lock timeouts, baseline.
 *
 * <pre>{@code
 * MigrationSettings settings = MigrationSettings.builder()
 *     .location("classpath:db/migration")
 *     .placeholder("owner", "app")
 *     .javaMigration(JavaMigration.of("4", "fill display names", db -> ...))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; one instance can serve many databases (tenants).
 */
public final class MigrationSettings {

    /** The default location: {@code db/migration} on the class path. */
    public static final String DEFAULT_LOCATION = "classpath:db/migration";
    /** The default history table. */
    public static final String DEFAULT_HISTORY_TABLE = "quicksilver_schema_history";

    private static final MigrationSettings DEFAULTS = new Builder().build();

    private final List<String> locations;
    private final List<JavaMigration> javaMigrations;
    private final String historyTable;
    private final @Nullable String historySchema;
    private final @Nullable String schema;
    private final Map<String, String> placeholders;
    private final boolean placeholderReplacement;
    private final boolean outOfOrder;
    private final boolean validateOnMigrate;
    private final Duration lockWaitTimeout;
    private final Duration lockExpiry;
    private final MigrationVersion baselineVersion;
    private final String baselineDescription;
    private final @Nullable String installedBy;
    private final @Nullable ClassLoader classLoader;

    private MigrationSettings(Builder builder) {
        this.locations = List.copyOf(builder.locations.isEmpty() ? List.of(DEFAULT_LOCATION) : builder.locations);
        this.javaMigrations = List.copyOf(builder.javaMigrations);
        this.historyTable = builder.historyTable;
        this.historySchema = builder.historySchema;
        this.schema = builder.schema;
        this.placeholders = Map.copyOf(builder.placeholders);
        this.placeholderReplacement = builder.placeholderReplacement;
        this.outOfOrder = builder.outOfOrder;
        this.validateOnMigrate = builder.validateOnMigrate;
        this.lockWaitTimeout = builder.lockWaitTimeout;
        this.lockExpiry = builder.lockExpiry;
        this.baselineVersion = builder.baselineVersion;
        this.baselineDescription = builder.baselineDescription;
        this.installedBy = builder.installedBy;
        this.classLoader = builder.classLoader;
    }

    /** The defaults: {@value #DEFAULT_LOCATION}, history table {@value #DEFAULT_HISTORY_TABLE}. */
    public static MigrationSettings defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder mutate() {
        return new Builder(this);
    }

    /**
     * Where migrations are found: {@code classpath:<path>} (directories and jars on the class path)
     * or {@code filesystem:<dir>} (or a bare directory path). Subdirectories are searched too.
     */
    public List<String> locations() {
        return locations;
    }

    /** The Java migrations registered, ordered with the scripts by version. */
    public List<JavaMigration> javaMigrations() {
        return javaMigrations;
    }

    /** The history table's name (unquoted; the dialect quotes it). */
    public String historyTable() {
        return historyTable;
    }

    /** The history table's schema, or {@code null} for the connection's current schema. */
    /**
     * The schema the migrations run in (schema per tenant), or {@code null} for the connection's own: created
     * when missing and made the migration connection's default schema, so unqualified names in scripts and
     * Java migrations land there; the history table lives there unless {@link #historySchema()} says otherwise.
     */
    public @Nullable String schema() {
        return schema;
    }

    /** The history table's schema, or {@code null}: then {@link #schema()}, else the connection's current one. */
    public @Nullable String historySchema() {
        return historySchema;
    }

    /** Values for {@code ${name}} placeholders in SQL scripts. */
    public Map<String, String> placeholders() {
        return placeholders;
    }

    /** Whether {@code ${name}} placeholders are replaced (true by default). */
    public boolean placeholderReplacement() {
        return placeholderReplacement;
    }

    /** Whether a pending version below the highest applied one is applied (false by default). */
    public boolean outOfOrder() {
        return outOfOrder;
    }

    /** Whether {@code migrate} validates the history against the files first (true by default). */
    public boolean validateOnMigrate() {
        return validateOnMigrate;
    }

    /** How long to wait for the migration lock before failing (60 s by default). */
    public Duration lockWaitTimeout() {
        return lockWaitTimeout;
    }

    /**
     * Where the lock is a row in a lock table (H2): how long it stays valid without being refreshed;
     * the holder refreshes it every third of this, and a lock left by a dead holder is taken over once
     * it expired (30 s by default).
     */
    public Duration lockExpiry() {
        return lockExpiry;
    }

    /** The version {@link MigrationRunner#baseline()} marks (1 by default). */
    public MigrationVersion baselineVersion() {
        return baselineVersion;
    }

    /** The description of the baseline row. */
    public String baselineDescription() {
        return baselineDescription;
    }

    /** The name recorded as {@code installed_by}, or {@code null} for the database user. */
    public @Nullable String installedBy() {
        return installedBy;
    }

    /** The class loader classpath locations are read from, or {@code null} for the context class loader. */
    public @Nullable ClassLoader classLoader() {
        return classLoader;
    }

    @Override
    public String toString() {
        return "MigrationSettings{locations=" + locations + ", javaMigrations=" + javaMigrations.size()
                + (schema == null ? "" : ", schema=" + schema)
                + ", historyTable=" + (historySchema == null ? "" : historySchema + ".") + historyTable
                + ", placeholders=" + placeholders.keySet() + ", outOfOrder=" + outOfOrder + "}";
    }

    /** Builds {@link MigrationSettings}; not thread-safe. */
    public static final class Builder {

        private final List<String> locations = new ArrayList<>();
        private final List<JavaMigration> javaMigrations = new ArrayList<>();
        private String historyTable = DEFAULT_HISTORY_TABLE;
        private @Nullable String historySchema;
        private @Nullable String schema;
        private final Map<String, String> placeholders = new LinkedHashMap<>();
        private boolean placeholderReplacement = true;
        private boolean outOfOrder;
        private boolean validateOnMigrate = true;
        private Duration lockWaitTimeout = Duration.ofSeconds(60);
        private Duration lockExpiry = Duration.ofSeconds(30);
        private MigrationVersion baselineVersion = MigrationVersion.parse("1");
        private String baselineDescription = "<< baseline >>";
        private @Nullable String installedBy;
        private @Nullable ClassLoader classLoader;

        private Builder() {
        }

        private Builder(MigrationSettings settings) {
            this.locations.addAll(settings.locations);
            this.javaMigrations.addAll(settings.javaMigrations);
            this.historyTable = settings.historyTable;
            this.historySchema = settings.historySchema;
            this.schema = settings.schema;
            this.placeholders.putAll(settings.placeholders);
            this.placeholderReplacement = settings.placeholderReplacement;
            this.outOfOrder = settings.outOfOrder;
            this.validateOnMigrate = settings.validateOnMigrate;
            this.lockWaitTimeout = settings.lockWaitTimeout;
            this.lockExpiry = settings.lockExpiry;
            this.baselineVersion = settings.baselineVersion;
            this.baselineDescription = settings.baselineDescription;
            this.installedBy = settings.installedBy;
            this.classLoader = settings.classLoader;
        }

        /** Adds a location ({@code classpath:…} or {@code filesystem:…}); the first one replaces the default. */
        public Builder location(String location) {
            locations.add(Objects.requireNonNull(location, "location"));
            return this;
        }

        /** Adds a directory as a location. */
        public Builder location(Path directory) {
            return location("filesystem:" + directory.toAbsolutePath());
        }

        /** Replaces the locations. */
        public Builder locations(List<String> locations) {
            this.locations.clear();
            this.locations.addAll(locations);
            return this;
        }

        /** Registers a Java migration. */
        public Builder javaMigration(JavaMigration migration) {
            javaMigrations.add(Objects.requireNonNull(migration, "migration"));
            return this;
        }

        /** Names the history table (default {@value MigrationSettings#DEFAULT_HISTORY_TABLE}). */
        public Builder historyTable(String table) {
            if (table.isBlank()) {
                throw new IllegalArgumentException("The history table's name is blank.");
            }
            this.historyTable = table;
            return this;
        }

        /** Puts the history table in a schema (default: the connection's current schema). */
        public Builder historySchema(@Nullable String schema) {
            this.historySchema = schema;
            return this;
        }

        /**
         * Runs the migrations in a schema: created when missing, the migration connection's default schema,
         * the history table's schema unless {@link #historySchema} is set. For a schema per tenant.
         */
        public Builder schema(@Nullable String schema) {
            if (schema != null && schema.isBlank()) {
                throw new IllegalArgumentException("The schema's name is blank.");
            }
            this.schema = schema;
            return this;
        }

        /** Sets the value of placeholder {@code ${name}}. */
        public Builder placeholder(String name, String value) {
            placeholders.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Turns placeholder replacement on (the default) or off. */
        public Builder placeholderReplacement(boolean enabled) {
            this.placeholderReplacement = enabled;
            return this;
        }

        /** Allows applying a pending version below the highest applied one. */
        public Builder outOfOrder(boolean outOfOrder) {
            this.outOfOrder = outOfOrder;
            return this;
        }

        /** Whether {@code migrate} validates first (default true). */
        public Builder validateOnMigrate(boolean validate) {
            this.validateOnMigrate = validate;
            return this;
        }

        /** How long to wait for the migration lock. */
        public Builder lockWaitTimeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("The lock wait timeout is negative: " + timeout);
            }
            this.lockWaitTimeout = timeout;
            return this;
        }

        /** How long a lock row stays valid without a refresh (databases without advisory locks). */
        public Builder lockExpiry(Duration expiry) {
            if (expiry.compareTo(Duration.ofMillis(300)) < 0) {
                throw new IllegalArgumentException("The lock expiry must be at least 300 ms: " + expiry);
            }
            this.lockExpiry = expiry;
            return this;
        }

        /** The version and description {@code baseline} marks. */
        public Builder baseline(String version, String description) {
            this.baselineVersion = MigrationVersion.parse(version);
            this.baselineDescription = description;
            return this;
        }

        /** The name recorded as {@code installed_by} (default: the database user). */
        public Builder installedBy(@Nullable String installedBy) {
            this.installedBy = installedBy;
            return this;
        }

        /** The class loader classpath locations are read from. */
        public Builder classLoader(@Nullable ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /** Builds the settings. */
        public MigrationSettings build() {
            return new MigrationSettings(this);
        }
    }
}
