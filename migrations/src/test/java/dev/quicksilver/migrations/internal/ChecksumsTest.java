package dev.quicksilver.migrations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksumsTest {

    @Test
    void lineEndingsAndByteOrderMarkDoNotChangeTheChecksum() {
        String lf = "CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1);\n";
        assertThat(Checksums.of(lf.replace("\n", "\r\n"))).isEqualTo(Checksums.of(lf));
        assertThat(Checksums.of(lf.replace("\n", "\r"))).isEqualTo(Checksums.of(lf));
        assertThat(Checksums.of("\uFEFF" + lf)).isEqualTo(Checksums.of(lf));
    }

    @Test
    void anyOtherEditChangesItAndTheAlgorithmIsNamed() {
        String script = "CREATE TABLE a (id INT);\n";
        assertThat(Checksums.of(script + " ")).isNotEqualTo(Checksums.of(script));
        assertThat(Checksums.of(script)).startsWith("v1:sha256:").hasSize("v1:sha256:".length() + 64);
    }
}
