package dev.quicksilver.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's run command starts this demo; it must do and print what it says. */
class CoreDemoTest {

    @Test
    void printsWhatItDid() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        CoreDemo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String output = buffer.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .contains("Savepoint rolled back alone: UQ_ARTIST_NAME")
                .contains("Committed a transaction that inserted 4 artists")
                .contains("  artist 1 AC/DC")
                .contains("  artist 4 Alanis Morissette")
                .contains("UniqueViolationException (SQLSTATE 23505)")
                .contains("Statements run: 8")
                .contains("Done.");
    }
}
