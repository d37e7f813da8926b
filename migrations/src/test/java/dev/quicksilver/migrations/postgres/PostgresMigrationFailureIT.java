package dev.quicksilver.migrations.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.core.testkit.DialectTarget;
import dev.quicksilver.migrations.MigrationExecutionException;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;
import dev.quicksilver.migrations.kit.MigrationFailureTestKit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL: statements that refuse to run in a transaction block need the non-transactional marker. */
class PostgresMigrationFailureIT extends MigrationFailureTestKit {

    @TempDir
    Path scripts;

    @Override
    protected DialectTarget target() {
        return DialectTarget.postgres();
    }

    @Test
    void createIndexConcurrentlyNeedsTheNonTransactionalMarker() {
        MigrationRunner runner = runner(db, MigrationSettings.builder().location(scripts).build());
        write(scripts, "V1__table.sql", "CREATE TABLE indexed (id INT, name TEXT);");
        write(scripts, "V2__index.sql", "CREATE INDEX CONCURRENTLY indexed_name_idx ON indexed (name);");

        assertThatThrownBy(() -> await(runner.migrate()))
                .isInstanceOf(MigrationExecutionException.class)
                .hasMessageContaining("V2__index.sql").hasMessageContaining("transaction block");

        write(scripts, "V2__index.sql", "-- quicksilver:non-transactional\n"
                + "CREATE INDEX CONCURRENTLY indexed_name_idx ON indexed (name);");
        assertThat(await(runner.migrate()).applied()).hasSize(1);
        assertThat(db.sql("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'indexed_name_idx'"
                + " AND schemaname = CURRENT_SCHEMA").map(row -> row.get(0, Long.class)).blockFirst(TIMEOUT)).isEqualTo(1L);
        assertThat(historyScripts()).containsExactly("V1__table.sql", "V2__index.sql");
    }
}
