package dev.quicksilver.migrations.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.testkit.IsolatedDatabase;
import dev.quicksilver.migrations.MigrationExecutionException;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;
import dev.quicksilver.migrations.TenantMigrationException;
import dev.quicksilver.migrations.TenantMigrations;
import dev.quicksilver.migrations.TenantReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

/**
 * Many tenants: three schemas of one database migrated in parallel with one broken migration among them
 * (the other two complete, the report names the broken one, its schema keeps the failure model of its
 * database), and a database per tenant.
 */
public abstract class TenantMigrationTestKit extends MigrationKitSupport {

    @TempDir
    Path broken;

    private final String suffix = "_" + Integer.toUnsignedString(ThreadLocalRandom.current().nextInt(), 36);
    private final List<String> schemas = new ArrayList<>();

    @AfterEach
    void dropSchemas() {
        for (String schema : schemas) {
            db.sql("DROP SCHEMA IF EXISTS " + db.dialect().quoteIdentifier(schema) + " CASCADE").rowsUpdated()
                    .block(TIMEOUT);
        }
    }

    private String schema(String name) {
        String schema = name + suffix;
        schemas.add(schema);
        return schema;
    }

    private long customers(String schema) {
        return db.sql("SELECT COUNT(*) FROM " + db.dialect().quoteIdentifier(schema) + ".customer")
                .map(row -> row.get(0, Long.class)).blockFirst(TIMEOUT);
    }

    private long historyRows(String schema, boolean success) {
        return db.sql("SELECT COUNT(*) FROM " + db.dialect().quoteIdentifier(schema) + ".\"quicksilver_schema_history\""
                        + " WHERE \"success\" = " + (success ? "TRUE" : "FALSE"))
                .map(row -> row.get(0, Long.class)).blockFirst(TIMEOUT);
    }

    private boolean tableExistsIn(String schema, String table) {
        Long count = db.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = :schema"
                        + " AND LOWER(table_name) = :table").bind("schema", schema).bind("table", table)
                .map(row -> row.get(0, Long.class)).blockFirst(TIMEOUT);
        return count != null && count > 0;
    }

    @Test
    void threeSchemasInParallelOneBrokenTheOthersCompleteAndTheReportNamesIt() {
        write(broken, "V1__create_customer.sql", "CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(100));");
        write(broken, "V2__half_done.sql", "CREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table VALUES (1);");
        String alpha = schema("alpha");
        String beta = schema("beta");
        String gamma = schema("gamma");
        Map<String, MigrationRunner> runners = new LinkedHashMap<>();
        runners.put("alpha", runner(db, basicSettings().schema(alpha).build()));
        runners.put("gamma", runner(db, MigrationSettings.builder().location(broken).schema(gamma).build()));
        runners.put("beta", runner(db, basicSettings().schema(beta).build()));
        TenantMigrations tenants = TenantMigrations.of(runners).parallelism(3);

        List<TenantReport> reports = tenants.migrate().collectList().block(TIMEOUT);
        assertThat(reports).extracting(TenantReport::tenant).containsExactlyInAnyOrder("alpha", "beta", "gamma");
        for (TenantReport report : reports) {
            if (report.tenant().equals("gamma")) {
                assertThat(report.succeeded()).isFalse();
                assertThat(report.error()).isInstanceOf(MigrationExecutionException.class)
                        .hasMessageContaining("V2__half_done.sql");
            } else {
                assertThat(report.succeeded()).as(report.tenant()).isTrue();
                assertThat(report.report().applied()).hasSize(basicScripts().size());
            }
        }
        // each good tenant has its own tables and history; nothing went to the connection's own schema
        assertThat(customers(alpha)).isEqualTo(4);
        assertThat(customers(beta)).isEqualTo(4);
        assertThat(historyRows(alpha, true)).isEqualTo(basicScripts().size());
        assertThat(historyRows(beta, true)).isEqualTo(basicScripts().size());
        assertThat(tableExists("customer")).isFalse();
        // the broken tenant: its first migration applied; its failed one as its database's failure model says
        assertThat(tableExistsIn(gamma, "customer")).isTrue();
        if (db.dialect().supportsTransactionalDdl()) {
            assertThat(tableExistsIn(gamma, "half_done")).isFalse();
            assertThat(historyRows(gamma, false)).isZero();
        } else {
            assertThat(historyRows(gamma, false)).isEqualTo(1);
        }

        // all together: the good tenants are up to date, the failure names the broken one only
        StepVerifier.create(tenants.migrateAll())
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(TenantMigrationException.class)
                            .hasMessageContaining("1 of 3 tenants failed").hasMessageContaining("gamma")
                            .hasMessageNotContaining("alpha:");
                    TenantMigrationException failure = (TenantMigrationException) error;
                    assertThat(failure.failed()).extracting(TenantReport::tenant).containsExactly("gamma");
                    assertThat(failure.reports()).extracting(TenantReport::tenant)
                            .containsExactly("alpha", "gamma", "beta");
                    assertThat(failure.reports().get(0).report().applied()).isEmpty();
                })
                .verify(TIMEOUT);
    }

    @Test
    void aSchemaPerTenantWithTheSameSettings() {
        String acme = schema("acme");
        String globex = schema("globex");
        List<TenantReport> reports = TenantMigrations.schemas(db, List.of(acme, globex), basicSettings().build())
                .migrateAll().block(TIMEOUT);
        assertThat(reports).extracting(TenantReport::tenant).containsExactly(acme, globex);
        assertThat(customers(acme)).isEqualTo(4);
        assertThat(customers(globex)).isEqualTo(4);
        assertThat(historyRows(acme, true)).isEqualTo(basicScripts().size());
        // info() and validate() read each tenant's own history
        assertThat(runner(db, basicSettings().schema(acme).build()).info().collectList().block(TIMEOUT))
                .hasSize(basicScripts().size()).allSatisfy(info -> assertThat(info.state().name()).isEqualTo("APPLIED"));
        StepVerifier.create(runner(db, basicSettings().schema(globex).build()).validate()).verifyComplete();
    }

    @Test
    void aDatabasePerTenantEachWithItsOwnHistory() {
        List<IsolatedDatabase> databases = new ArrayList<>();
        try {
            Map<String, Database> tenants = new LinkedHashMap<>();
            for (String tenant : List.of("north", "south", "east")) {
                IsolatedDatabase database = target().create(DatabaseOptions.defaults());
                databases.add(database);
                tenants.put(tenant, database.database());
            }
            List<TenantReport> reports = TenantMigrations.databases(tenants, basicSettings().build()).parallelism(2)
                    .migrateAll().block(TIMEOUT);
            assertThat(reports).extracting(TenantReport::tenant).containsExactly("north", "south", "east");
            assertThat(reports).allSatisfy(report -> assertThat(report.report().applied()).hasSize(basicScripts().size()));
            for (Database tenant : tenants.values()) {
                assertThat(tenant.sql("SELECT COUNT(*) FROM customer").map(row -> row.get(0, Long.class))
                        .blockFirst(TIMEOUT)).isEqualTo(4);
            }
        } finally {
            databases.forEach(IsolatedDatabase::dispose);
        }
    }
}
