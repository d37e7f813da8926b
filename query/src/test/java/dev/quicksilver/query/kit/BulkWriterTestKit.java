package dev.quicksilver.query.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.exception.UniqueViolationException;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.mapping.EntityValidationException;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.BulkMode;
import dev.quicksilver.query.BulkProgress;
import dev.quicksilver.query.BulkResult;
import dev.quicksilver.query.BulkWriteException;
import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.kit.BulkEntities.BulkItem;
import dev.quicksilver.query.kit.BulkEntities.Note;
import dev.quicksilver.query.kit.BulkEntities.Ticket;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * The bulk writer: a million generated rows in a small heap with the input's demand bounded, failures in a
 * chunk with each mode, text that must round-trip exactly, validation before anything is sent, generated
 * keys coming back, and progress per chunk.
 */
public abstract class BulkWriterTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final EntityModel<BulkItem> ITEM = EntityModel.of(BulkItem.class);
    private static final EntityModel<Note> NOTE = EntityModel.of(Note.class);
    private static final EntityModel<Ticket> TICKET = EntityModel.of(Ticket.class);
    /** The child JVM's heap. */
    protected static final String HEAP = "-Xmx128m";
    private static final Pattern OUTPUT = Pattern.compile(
            "rows=(\\d+) counted=(\\d+) peakHeapBytes=(\\d+) maxHeapBytes=(\\d+) maxAhead=(\\d+) rowsPerSecond=(\\d+)");

    private Quicksilver qs;

    /** Rows the child JVM writes: a million unless the dialect's subclass says less (and why). */
    protected int millionRows() {
        return 1_000_000;
    }

    /** The URL the child JVM writes to; by default the test's isolated database. */
    protected String childUrl() {
        return isolated.url();
    }

    @BeforeEach
    void createTables() {
        qs = Quicksilver.of(db);
        execute(SchemaDdl.of(MappingContext.standard(), db.dialect()).create(List.of(BulkItem.class, Note.class,
                Ticket.class)).toArray(String[]::new));
    }

    private static BulkItem item(int i) {
        return new BulkItem(i, "item " + i, i % 1000, BigDecimal.valueOf(i % 10_000, 2));
    }

    /**
     * A million rows in each mode, in a child JVM with a small heap: with a commit per chunk (chunks one
     * COPY or INSERT each, two in flight) and all or nothing (on PostgreSQL one COPY fed chunk by chunk).
     */
    @ParameterizedTest
    @EnumSource(BulkMode.class)
    void writesAMillionRowsInASmallHeapWithTheInputsDemandBounded(BulkMode mode)
            throws IOException, InterruptedException {
        int chunkSize = 1_000;
        int inFlight = 2;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, HEAP, "-XX:+UseSerialGC",
                        "-cp", System.getProperty("java.class.path"), BulkMillionRows.class.getName(), childUrl(),
                        Integer.toString(millionRows()), Integer.toString(chunkSize), Integer.toString(inFlight),
                        mode.name()))
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output;
        try {
            boolean finished = process.waitFor(4, TimeUnit.MINUTES);
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(finished).as("child finished in time; output:%n%s", output).isTrue();
        } finally {
            process.destroyForcibly();
        }
        Matcher matcher = OUTPUT.matcher(output);
        assertThat(matcher.find()).as("child output:%n%s", output).isTrue();
        System.out.println(target().name() + " bulk child JVM (" + HEAP + ", " + mode + "): " + matcher.group());
        assertThat(process.exitValue()).as("child exit code; output:%n%s", output).isZero();
        assertThat(Long.parseLong(matcher.group(1))).as("rows reported").isEqualTo(millionRows());
        assertThat(Long.parseLong(matcher.group(2))).as("rows in the table").isEqualTo(millionRows());
        assertThat(Long.parseLong(matcher.group(3))).as("peak heap").isLessThanOrEqualTo(Long.parseLong(matcher.group(4)));
        // With a commit per chunk, progress comes as chunks are acknowledged: at most inFlight chunks ahead.
        // In one COPY it counts chunks handed to the connection; the driver holds at most a few more.
        long bound = (long) chunkSize * (mode == BulkMode.COMMIT_PER_CHUNK ? inFlight : inFlight + 2);
        assertThat(Long.parseLong(matcher.group(5))).as("rows requested beyond those acknowledged")
                .isLessThanOrEqualTo(bound);
    }

    @Test
    void theInputIsRequestedOnlyAsChunksAreAcknowledgedInEitherMode() {
        for (BulkMode mode : BulkMode.values()) {
            execute("DELETE FROM \"bulk_item\"");
            AtomicLong requested = new AtomicLong();
            AtomicLong written = new AtomicLong();
            AtomicLong maxAhead = new AtomicLong();
            Flux<BulkItem> input = Flux.range(0, 20_000).map(BulkWriterTestKit::item)
                    .doOnRequest(n -> maxAhead.accumulateAndGet(
                            requested.addAndGet(n) < 0 ? Long.MAX_VALUE : requested.get() - written.get(), Math::max));
            List<BulkProgress> progress = qs.bulkInsert(ITEM).chunkSize(500).maxInFlight(3).mode(mode)
                    .writeWithProgress(input)
                    .doOnNext(step -> written.set(step.rows()))
                    .collectList().block(TIMEOUT);
            assertThat(progress).hasSize(40);
            assertThat(progress.get(39).rows()).isEqualTo(20_000);
            assertThat(maxAhead.get()).as(mode + ": rows requested beyond those acknowledged")
                    .isLessThanOrEqualTo(500L * 3);
            assertThat(count("\"bulk_item\"")).isEqualTo(20_000);
        }
    }

    @Test
    void progressComesPerChunkAndTheResultAtTheEnd() {
        List<BulkProgress> progress = qs.bulkInsert(ITEM).chunkSize(1_000)
                .writeWithProgress(Flux.range(0, 2_500).map(BulkWriterTestKit::item)).collectList().block(TIMEOUT);
        assertThat(progress).extracting(BulkProgress::rows).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(progress).extracting(BulkProgress::chunks).containsExactly(1L, 2L, 3L);
        BulkResult result = qs.bulkInsert(ITEM).chunkSize(1_000)
                .write(Flux.range(2_500, 1_500).map(BulkWriterTestKit::item)).block(TIMEOUT);
        assertThat(result.rows()).isEqualTo(1_500);
        assertThat(result.chunks()).isEqualTo(2);
        assertThat(result.method()).isEqualTo(db.supportsCopyIn() ? BulkResult.Method.COPY
                : BulkResult.Method.MULTI_ROW_INSERT);
        assertThat(count("\"bulk_item\"")).isEqualTo(4_000);
        assertThat(qs.bulkInsert(ITEM).write(Flux.empty()).block(TIMEOUT).rows()).isZero();
    }

    @Test
    void aFailureInAChunkLeavesTheEarlierChunksCommittedWithACommitPerChunk() {
        qs.insertInto(ITEM).value(ITEM.column("itemId", Long.class), 2_500L)
                .value(ITEM.column("label", String.class), "already there").execute().block(TIMEOUT);
        StepVerifier.create(qs.bulkInsert(ITEM).chunkSize(1_000).maxInFlight(1).mode(BulkMode.COMMIT_PER_CHUNK)
                        .write(Flux.range(0, 5_000).map(BulkWriterTestKit::item)))
                .expectErrorSatisfies(error -> {
                    BulkWriteException failure = (BulkWriteException) error;
                    assertThat(failure.chunk()).isEqualTo(2);
                    assertThat(failure.committedRows()).isEqualTo(2_000);
                    assertThat(failure).hasCauseInstanceOf(UniqueViolationException.class)
                            .hasMessageContaining("chunk 2").hasMessageContaining("2000 rows of earlier chunks");
                    if (db.supportsCopyIn()) {
                        // COPY names the line it stopped at
                        assertThat(failure.row()).hasValue(2_500);
                    }
                })
                .verify(TIMEOUT);
        assertThat(count("\"bulk_item\"")).isEqualTo(2_001);
    }

    @Test
    void aFailureInAChunkLeavesNothingWhenAllOrNothing() {
        qs.insertInto(ITEM).value(ITEM.column("itemId", Long.class), 2_500L)
                .value(ITEM.column("label", String.class), "already there").execute().block(TIMEOUT);
        StepVerifier.create(qs.bulkInsert(ITEM).chunkSize(1_000).mode(BulkMode.ALL_OR_NOTHING)
                        .write(Flux.range(0, 5_000).map(BulkWriterTestKit::item)))
                .expectErrorSatisfies(error -> {
                    BulkWriteException failure = (BulkWriteException) error;
                    assertThat(failure.chunk()).isEqualTo(2);
                    assertThat(failure.committedRows()).isZero();
                    assertThat(failure).hasCauseInstanceOf(UniqueViolationException.class)
                            .hasMessageContaining("nothing is committed");
                })
                .verify(TIMEOUT);
        assertThat(count("\"bulk_item\"")).isEqualTo(1);
    }

    @Test
    void anInputThatFailsMidwayIsNamedAsSuchWithWhatIsCommitted() {
        IllegalStateException broken = new IllegalStateException("the upload broke at line 2,500");
        Flux<BulkItem> input = Flux.range(0, 2_500).map(BulkWriterTestKit::item).concatWith(Flux.error(broken));
        for (BulkMode mode : BulkMode.values()) {
            execute("DELETE FROM \"bulk_item\"");
            AtomicLong committed = new AtomicLong(-1);
            StepVerifier.create(qs.bulkInsert(ITEM).chunkSize(1_000).mode(mode).write(input))
                    // the input's error as cause, not the database's answer to an aborted COPY (57014)
                    .expectErrorSatisfies(error -> {
                        BulkWriteException failure = (BulkWriteException) error;
                        assertThat(failure).hasCause(broken).hasMessageContaining("its input failed")
                                .hasMessageContaining("the upload broke at line 2,500");
                        assertThat(failure.chunk()).isEqualTo(-1);
                        committed.set(failure.committedRows());
                    })
                    .verify(TIMEOUT);
            assertThat(count("\"bulk_item\"")).as("%s", mode).isEqualTo(committed.get());
            if (mode == BulkMode.ALL_OR_NOTHING) {
                assertThat(committed.get()).isZero();
            }
        }
    }

    @Test
    void anInvalidEntityWritesNothing() {
        Flux<BulkItem> input = Flux.range(0, 3_000).map(i -> i == 10 ? new BulkItem(i, null, 1, null) : item(i));
        for (BulkMode mode : BulkMode.values()) {
            StepVerifier.create(qs.bulkInsert(ITEM).chunkSize(1_000).mode(mode).write(input))
                    .expectErrorSatisfies(error -> {
                        BulkWriteException failure = (BulkWriteException) error;
                        assertThat(failure.chunk()).isZero();
                        assertThat(failure.row()).hasValue(10);
                        assertThat(failure.committedRows()).isZero();
                        assertThat(failure).hasCauseInstanceOf(EntityValidationException.class)
                                .hasMessageContaining("label");
                    })
                    .verify(TIMEOUT);
        }
        assertThat(recorder.sql()).noneMatch(sql -> sql.contains("bulk_item"));
        assertThat(count("\"bulk_item\"")).isZero();
    }

    /** Text a careless COPY or INSERT would mangle, and the empty string next to NULL. */
    static List<String> hostileStrings() {
        return List.of("", "\t", "\n", "\r", "\r\n", "a\tb\nc\rd", "\\", "\\\\", "\\N", "\\n", "\\t", "\\.",
                "'", "''", "\"", "'; DROP TABLE note; --", "emoji 😀🎉 and 👩‍👩‍👧", "Ünïcödé — ≠ ∑ 中文 العربية",
                "trailing space ", " leading", "\u00a0nbsp", "back\\slash\tand tab", "N", "\\\\N", "a,b;c|d",
                "\u0001control\u001f", "x".repeat(1_500));
    }

    @Test
    void hostileStringsRoundTripExactly() {
        List<String> corpus = hostileStrings();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            notes.add(new Note(i, corpus.get(i), LocalDate.of(2024, 2, 29).plusDays(i), i % 2 == 0,
                    UUID.nameUUIDFromBytes(new byte[] {(byte) i})));
        }
        notes.add(new Note(corpus.size(), null, null, null, null));
        BulkResult result = qs.bulkInsert(NOTE).chunkSize(7).write(Flux.fromIterable(notes)).block(TIMEOUT);
        assertThat(result.rows()).isEqualTo(notes.size());
        assertThat(result.method()).isEqualTo(db.supportsCopyIn() ? BulkResult.Method.COPY
                : BulkResult.Method.MULTI_ROW_INSERT);
        List<Note> read = qs.select(NOTE).orderBy(NOTE.column("noteId", Integer.class).asc()).fetch()
                .collectList().block(TIMEOUT);
        assertThat(read).containsExactlyElementsOf(notes);
    }

    @Test
    void generatedKeysComeBackInInputOrder() {
        List<Ticket> written = qs.bulkInsert(TICKET).chunkSize(1_000)
                .writeReturningKeys(Flux.range(0, 2_500).map(i -> new Ticket(null, "ticket " + i)))
                .collectList().block(TIMEOUT);
        assertThat(written).hasSize(2_500);
        assertThat(written).extracting(Ticket::title).containsExactlyElementsOf(
                Flux.range(0, 2_500).map(i -> "ticket " + i).collectList().block());
        assertThat(written).extracting(Ticket::ticketId).doesNotContainNull().doesNotHaveDuplicates().isSorted();
        List<Ticket> stored = qs.select(TICKET).orderBy(TICKET.column("ticketId", Long.class).asc()).fetch()
                .collectList().block(TIMEOUT);
        assertThat(stored).containsExactlyElementsOf(written);
        // without keys wanted, the database generates them all the same (COPY on PostgreSQL)
        assertThat(qs.bulkInsert(TICKET).write(Flux.just(new Ticket(null, "more"))).block(TIMEOUT).rows()).isOne();
        assertThat(count("\"ticket\"")).isEqualTo(2_501);
    }
}
