package dev.quicksilver.spring.boot;

import dev.quicksilver.migrations.MigrationSettings;
import dev.quicksilver.migrations.TenantMigrations;
import dev.quicksilver.migrations.TenantReport;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The startup migration of a database per tenant: every tenant's database migrated with the same settings, each
 * with its own history, a few at once; when one fails, startup fails (after every tenant ran) with a
 * {@code TenantMigrationException} naming each failed tenant and its error.
 */
final class TenantMigrationStartup implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(TenantMigrationStartup.class);

    private final QuicksilverTenants tenants;
    private final MigrationSettings settings;
    private final int parallelism;

    TenantMigrationStartup(QuicksilverTenants tenants, MigrationSettings settings, int parallelism) {
        this.tenants = tenants;
        this.settings = settings;
        this.parallelism = parallelism;
    }

    /** Migrates every tenant, blocking; throws the failure naming the failed tenants. */
    @Override
    public void run() {
        List<TenantReport> reports = TenantMigrations.databases(tenants.databases(), settings)
                .parallelism(parallelism)
                .migrateAll().block();
        if (reports != null) {
            for (TenantReport report : reports) {
                LOG.info("Quicksilver migrations of tenant {}: {} applied, schema version {}", report.tenant(),
                        report.report() == null ? 0 : report.report().applied().size(),
                        report.report() == null ? null : report.report().schemaVersion());
            }
        }
    }
}
