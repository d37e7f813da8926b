package dev.quicksilver.migrations.autogenerate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.migrations.autogenerate.AutogenerateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions of candidate migrations: the next after the highest, numerically by parts; never overwriting. */
class MigrationFilesTest {

    @TempDir
    Path directory;

    @Test
    void theNextVersionFollowsTheHighestNumericallyByParts() {
        assertThat(MigrationFiles.next(List.of())).isEqualTo("1");
        assertThat(MigrationFiles.next(List.of("3", "12", "9"))).isEqualTo("13");
        assertThat(MigrationFiles.next(List.of("1.9", "1.10", "1.2"))).isEqualTo("1.11");
        assertThat(MigrationFiles.next(List.of("2_1", "2"))).isEqualTo("2.2");
    }

    @Test
    void filesAreWrittenBesideTheExistingOnesAndNeverOverwritten() throws IOException {
        Files.writeString(directory.resolve("V1.9__first.sql"), "");
        Files.writeString(directory.resolve("V1.10__second.sql"), "");
        Files.writeString(directory.resolve("R__view.sql"), "");
        Files.writeString(directory.resolve("notes.txt"), "");

        Path written = MigrationFiles.write(directory, null, "add  gadget weight", "SELECT 1;\n");
        assertThat(written.getFileName()).hasToString("V1.11__add_gadget_weight.sql");
        assertThat(Files.readString(written)).isEqualTo("SELECT 1;\n");

        assertThatThrownBy(() -> MigrationFiles.write(directory, "1.10.0", "again", ""))
                .isInstanceOf(AutogenerateException.class).hasMessageContaining("version 1.10 exists already");
        assertThatThrownBy(() -> MigrationFiles.write(directory, "next", "again", ""))
                .isInstanceOf(AutogenerateException.class).hasMessageContaining("not a migration version");
        assertThatThrownBy(() -> MigrationFiles.write(directory, "5", "  ", ""))
                .isInstanceOf(AutogenerateException.class).hasMessageContaining("cannot be part of a migration");
        assertThat(MigrationFiles.write(directory.resolve("new/dir"), null, "first", "").getFileName())
                .hasToString("V1__first.sql");
    }
}
