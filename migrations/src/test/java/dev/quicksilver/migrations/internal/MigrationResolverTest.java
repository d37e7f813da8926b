package dev.quicksilver.migrations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.core.dialect.Dialects;
import dev.quicksilver.migrations.JavaMigration;
import dev.quicksilver.migrations.MigrationResolutionException;
import dev.quicksilver.migrations.MigrationSettings;
import dev.quicksilver.migrations.MigrationType;
import dev.quicksilver.migrations.MigrationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class MigrationResolverTest {

    private static final MigrationDialect H2 = MigrationDialect.of(Dialects.h2());
    private static final MigrationDialect POSTGRES = MigrationDialect.of(Dialects.postgres());

    private static ScriptFile file(String path, String content) {
        return new ScriptFile("classpath:db/migration", path, content);
    }

    private static List<ResolvedMigration> resolve(MigrationDialect dialect, MigrationSettings settings, ScriptFile... files) {
        return MigrationResolver.resolve(List.of(files), settings, dialect);
    }

    @Test
    void fileNamesGiveVersionDescriptionAndDialect() {
        MigrationResolver.FileName name = MigrationResolver.parse("V1_2__add_customer_index.postgresql.sql", "x");
        assertThat(name.version()).isEqualTo(MigrationVersion.parse("1.2"));
        assertThat(name.description()).isEqualTo("add customer index");
        assertThat(name.dialect()).isEqualTo("postgresql");
        MigrationResolver.FileName repeatable = MigrationResolver.parse("R__views.sql", "x");
        assertThat(repeatable.version()).isNull();
        assertThat(repeatable.description()).isEqualTo("views");
    }

    @Test
    void badFileNamesAreErrorsNamingTheFile() {
        for (String bad : List.of("V1_init.sql", "V1__.sql", "Vx__init.sql", "R1__views.sql", "V1__a.b.c.sql",
                "V1__init.postgres.sql", "init.sql")) {
            assertThatThrownBy(() -> resolve(H2, MigrationSettings.defaults(), file("sub/" + bad, "SELECT 1")))
                    .isInstanceOf(MigrationResolutionException.class)
                    .hasMessageContaining("classpath:db/migration/sub/" + bad);
        }
    }

    @Test
    void versionsSortNumericallyAndRepeatablesComeLast() {
        List<ResolvedMigration> resolved = resolve(H2, MigrationSettings.defaults(),
                file("R__b.sql", "SELECT 1"), file("V1_10__ten.sql", "SELECT 1"), file("V1.9__nine.sql", "SELECT 1"),
                file("R__a.sql", "SELECT 1"), file("V2__two.sql", "SELECT 1"));
        assertThat(resolved).extracting(ResolvedMigration::script)
                .containsExactly("V1.9__nine.sql", "V1_10__ten.sql", "V2__two.sql", "R__a.sql", "R__b.sql");
        assertThat(resolved).extracting(ResolvedMigration::type).containsExactly(MigrationType.SQL, MigrationType.SQL,
                MigrationType.SQL, MigrationType.REPEATABLE, MigrationType.REPEATABLE);
    }

    @Test
    void duplicateVersionsNameBothFiles() {
        assertThatThrownBy(() -> resolve(H2, MigrationSettings.defaults(), file("V1__a.sql", "SELECT 1"),
                file("more/V1.0__b.sql", "SELECT 1")))
                .isInstanceOf(MigrationResolutionException.class)
                .hasMessageContaining("version 1").hasMessageContaining("V1__a.sql").hasMessageContaining("more/V1.0__b.sql");
        assertThatThrownBy(() -> resolve(H2, MigrationSettings.builder().javaMigration(JavaMigration.of("1", "java",
                db -> Mono.empty())).build(), file("V1__a.sql", "SELECT 1")))
                .hasMessageContaining("V1__a.sql").hasMessageContaining("V1__java (java)");
    }

    @Test
    void theRunningDialectsVariantWinsOverTheGenericFile() {
        ScriptFile generic = file("V3__add_index.sql", "CREATE INDEX i ON t (a)");
        ScriptFile postgres = file("V3__add_index.postgresql.sql", "CREATE INDEX CONCURRENTLY i ON t (a)");
        assertThat(resolve(POSTGRES, MigrationSettings.defaults(), generic, postgres))
                .extracting(ResolvedMigration::script).containsExactly("V3__add_index.postgresql.sql");
        assertThat(resolve(H2, MigrationSettings.defaults(), generic, postgres))
                .extracting(ResolvedMigration::script).containsExactly("V3__add_index.sql");
    }

    @Test
    void aVersionWithOnlyOtherDatabasesVariantsIsAnErrorNamingThem() {
        assertThatThrownBy(() -> resolve(H2, MigrationSettings.defaults(),
                file("V3__add_index.postgresql.sql", "SELECT 1")))
                .isInstanceOf(MigrationResolutionException.class)
                .hasMessageContaining("version 3").hasMessageContaining("V3__add_index.postgresql.sql")
                .hasMessageContaining("h2");
    }

    @Test
    void placeholdersAreReplacedAndTheChecksumIsOfTheRawFile() {
        ScriptFile script = file("V1__grant.sql", "GRANT SELECT ON t TO ${reader};");
        ResolvedMigration one = resolve(H2, MigrationSettings.builder().placeholder("reader", "alice").build(), script).get(0);
        ResolvedMigration two = resolve(H2, MigrationSettings.builder().placeholder("reader", "bob").build(), script).get(0);
        assertThat(one.statements()).extracting(SqlStatement::sql).containsExactly("GRANT SELECT ON t TO alice");
        assertThat(one.checksum()).isEqualTo(two.checksum());
        assertThatThrownBy(() -> resolve(H2, MigrationSettings.defaults(), file("V1__grant.sql", "SELECT 1;\nGRANT x TO ${reader}")))
                .isInstanceOf(MigrationResolutionException.class)
                .hasMessageContaining("V1__grant.sql").hasMessageContaining("${reader}").hasMessageContaining("line 2");
        assertThat(resolve(H2, MigrationSettings.builder().placeholderReplacement(false).build(), script).get(0)
                .statements().get(0).sql()).contains("${reader}");
    }

    @Test
    void theNonTransactionalMarkerIsTheFirstLine() {
        assertThat(resolve(POSTGRES, MigrationSettings.defaults(), file("V1__i.sql",
                "\uFEFF-- quicksilver:non-transactional\nCREATE INDEX CONCURRENTLY i ON t (a);")).get(0).nonTransactional())
                .isTrue();
        assertThat(resolve(POSTGRES, MigrationSettings.defaults(), file("V1__i.sql",
                "CREATE INDEX i ON t (a);\n-- quicksilver:non-transactional")).get(0).nonTransactional()).isFalse();
    }

    @Test
    void anUnbalancedScriptIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> resolve(H2, MigrationSettings.defaults(), file("V1__bad.sql", "SELECT 'x")))
                .isInstanceOf(MigrationResolutionException.class).hasMessageContaining("V1__bad.sql")
                .hasMessageContaining("line 1");
    }
}
