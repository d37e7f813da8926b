package dev.quicksilver.core.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.testkit.DatabaseTestKit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Streaming a large result in bounded memory, written once and run against every dialect: a JVM of
 * its own, with a heap far smaller than the result, streams a million rows of about 100 bytes each
 * (over 100 MB as values) through {@code Database.sql(...).fetchSize(...).map(...)}. Buffering the
 * result anywhere (driver, Quicksilver, database client) would end in an OutOfMemoryError.
 */
public abstract class StreamingTestKit extends DatabaseTestKit {

    /** The child JVM's heap. */
    protected static final String HEAP = "-Xmx128m";
    private static final int ROWS = 1_000_000;
    private static final Pattern OUTPUT = Pattern.compile("rows=(\\d+) peakHeapBytes=(\\d+) maxHeapBytes=(\\d+)");

    /**
     * A query generating {@code rows} rows of two columns: the row number (a number readable as a
     * {@code Long}) and a text of {@code width} characters.
     */
    protected abstract String generateWideRows(int rows, int width);

    /** The URL the child JVM connects to; by default the test's isolated database. */
    protected String childUrl() {
        return isolated.url();
    }

    @Test
    void streamsAMillionRowsInASmallHeap() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, HEAP, "-XX:+UseSerialGC",
                        "-cp", System.getProperty("java.class.path"),
                        StreamMillionRows.class.getName(), childUrl(), generateWideRows(ROWS, 100), "1000"))
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output;
        try {
            boolean finished = process.waitFor(3, TimeUnit.MINUTES);
            if (!finished) {
                process.destroyForcibly();
            }
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(finished).as("child finished in time; output:%n%s", output).isTrue();
        } finally {
            process.destroyForcibly();
        }
        System.out.println(target().name() + " child JVM (" + HEAP + "): " + output.strip());
        assertThat(process.exitValue()).as("child exit code; output:%n%s", output).isZero();
        Matcher matcher = OUTPUT.matcher(output);
        assertThat(matcher.find()).as("child output:%n%s", output).isTrue();
        assertThat(Long.parseLong(matcher.group(1))).isEqualTo(ROWS);
        assertThat(Long.parseLong(matcher.group(2))).as("peak heap used").isLessThanOrEqualTo(
                Long.parseLong(matcher.group(3)));
    }
}
