package dev.quicksilver.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationVersionTest {

    @Test
    void versionsCompareNumericallyPartByPart() {
        List<String> sorted = Stream.of("1.10", "1.9", "2", "1", "1.2.1", "10", "1_2", "0.9")
                .map(MigrationVersion::parse).sorted().map(MigrationVersion::toString).toList();
        assertThat(sorted).containsExactly("0.9", "1", "1.2", "1.2.1", "1.9", "1.10", "2", "10");
    }

    @Test
    void underscoresAndDotsAreTheSameSeparatorAndTrailingZerosDoNotCount() {
        assertThat(MigrationVersion.parse("1_2")).isEqualTo(MigrationVersion.parse("1.2"));
        assertThat(MigrationVersion.parse("1.2.0")).isEqualTo(MigrationVersion.parse("1.2")).hasToString("1.2");
        assertThat(MigrationVersion.parse("1.0").hashCode()).isEqualTo(MigrationVersion.parse("1").hashCode());
        assertThat(MigrationVersion.parse("2024_06_01")).hasToString("2024.6.1");
    }

    @Test
    void versionsLargerThanLongStillCompare() {
        assertThat(MigrationVersion.parse("99999999999999999999999").compareTo(MigrationVersion.parse("9"))).isPositive();
    }

    @Test
    void malformedVersionsAreRefusedWithTheText() {
        for (String bad : List.of("", "1..2", "1.a", "v1", "1.", "-1")) {
            assertThatThrownBy(() -> MigrationVersion.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("version");
        }
    }
}
