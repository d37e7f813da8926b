package dev.quicksilver.spring.boot;

import dev.quicksilver.core.Database;
import dev.quicksilver.migrations.MigrationInfo;
import dev.quicksilver.migrations.MigrationReport;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;
import dev.quicksilver.migrations.TenantMigrations;
import dev.quicksilver.migrations.TenantReport;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/** The startup migration: settings from properties, baseline-on-migrate, one schema or every tenant. */
final class MigrationStartup {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationStartup.class);

    private final Database database;
    private final MigrationRunner runner;
    private final MigrationSettings settings;
    private final QuicksilverProperties.MigrationsProperties properties;

    MigrationStartup(Database database, MigrationRunner runner, MigrationSettings settings,
                     QuicksilverProperties.MigrationsProperties properties) {
        this.database = database;
        this.runner = runner;
        this.settings = settings;
        this.properties = properties;
    }

    static MigrationSettings settings(QuicksilverProperties.MigrationsProperties properties) {
        MigrationSettings.Builder settings = MigrationSettings.builder()
                .locations(List.copyOf(properties.getLocations()))
                .historyTable(properties.getTable())
                .outOfOrder(properties.isOutOfOrder())
                .schema(properties.getSchema())
                .baseline(properties.getBaselineVersion(), "<< Baseline >>");
        properties.getPlaceholders().forEach(settings::placeholder);
        return settings.build();
    }

    /** Migrates, blocking; throws the migration's error. */
    void run() {
        if (properties.getTenants().isEmpty()) {
            MigrationReport report = baselineIfAsked(runner).then(runner.migrate()).block();
            if (report != null) {
                LOG.info("Quicksilver migrations on {}: {} applied, schema version {}", database.options().name(),
                        report.applied().size(), report.schemaVersion());
            }
            return;
        }
        List<TenantReport> reports = TenantMigrations.schemas(database, List.copyOf(properties.getTenants()), settings)
                .parallelism(properties.getTenantParallelism())
                .migrateAll().block();
        LOG.info("Quicksilver migrations on {}: {} tenants migrated", database.options().name(),
                reports == null ? 0 : reports.size());
    }

    /** With baseline-on-migrate, an empty history is baselined first. */
    private Mono<Void> baselineIfAsked(MigrationRunner migrations) {
        if (!properties.isBaselineOnMigrate()) {
            return Mono.empty();
        }
        return migrations.info().filter(MigrationStartup::recorded).hasElements()
                .flatMap(recorded -> recorded ? Mono.<Void>empty() : migrations.baseline());
    }

    private static boolean recorded(MigrationInfo info) {
        return info.installedRank() != null;
    }
}
