package dev.quicksilver.benchmarks.graph;

import static dev.quicksilver.mapping.chinook.InvoiceLine_.INVOICE_LINE;
import static dev.quicksilver.mapping.chinook.Invoice_.INVOICE;
import static dev.quicksilver.mapping.chinook.Track_.TRACK;

import dev.quicksilver.benchmarks.support.DriverSettings;
import dev.quicksilver.benchmarks.support.Peer;
import dev.quicksilver.benchmarks.support.Peers;
import dev.quicksilver.core.observation.StatementRecorder;
import dev.quicksilver.mapping.chinook.Invoice;
import dev.quicksilver.query.Quicksilver;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Row;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loading a graph from Chinook: {@value #INVOICES} invoices (a random run of keys) with their lines, each line's
 * track and each track's album (about 270 lines per operation):
 * <ul>
 *   <li>{@code graphQuicksilver}: {@code select(INVOICE).where(…).load(INVOICE.LINES.then(INVOICE_LINE.TRACK)
 *       .then(TRACK.ALBUM))}: select-in loading, one statement per level (4; the set-up checks the count with a
 *       {@link StatementRecorder});</li>
 *   <li>{@code graphRaw}: one hand-written join of the four tables on raw R2DBC, the graph assembled by hand
 *       from the rows (ordered by invoice and line);</li>
 *   <li>{@code graphSpringData}: what Spring Data R2DBC (which has no relationships) leads to: the invoices,
 *       then the lines of each, then each line's track and each track's album by {@code findById}: N+1.</li>
 * </ul>
 * Target: Quicksilver one statement per level and no slower than 1.2× the hand-written join (throughput ≥ 0.83×).
 * On PostgreSQL the tables live in the schema {@code quicksilver_chinook_bench}, dropped in tear-down.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GraphBenchmark {

    /** Invoices per operation. */
    public static final int INVOICES = 50;
    /** Statements Quicksilver may run per operation: invoices, lines, tracks, albums. */
    public static final int LEVELS = 4;
    private static final int INVOICE_COUNT = 412;
    private static final String SCHEMA = "quicksilver_chinook_bench";
    private static final String JOIN = "SELECT i.\"invoice_id\", i.\"customer_id\", i.\"invoice_date\", i.\"billing_address\","
            + " i.\"billing_city\", i.\"billing_state\", i.\"billing_country\", i.\"billing_postal_code\", i.\"total\","
            + " l.\"invoice_line_id\", l.\"unit_price\", l.\"quantity\", t.\"track_id\", t.\"name\", t.\"media_type_id\","
            + " t.\"genre_id\", t.\"composer\", t.\"milliseconds\", t.\"bytes\", t.\"unit_price\", a.\"album_id\","
            + " a.\"title\", a.\"artist_id\" FROM \"invoice\" i JOIN \"invoice_line\" l ON l.\"invoice_id\" = i.\"invoice_id\""
            + " JOIN \"track\" t ON t.\"track_id\" = l.\"track_id\" LEFT JOIN \"album\" a ON a.\"album_id\" = t.\"album_id\""
            + " WHERE i.\"invoice_id\" BETWEEN $1 AND $2 ORDER BY i.\"invoice_id\", l.\"invoice_line_id\"";

    private static final String INVOICES_SQL = "SELECT \"invoice_id\", \"customer_id\", \"invoice_date\","
            + " \"billing_address\", \"billing_city\", \"billing_state\", \"billing_country\", \"billing_postal_code\","
            + " \"total\" FROM \"invoice\" WHERE \"invoice_id\" BETWEEN $1 AND $2 ORDER BY \"invoice_id\"";
    private static final String LINES_SQL = "SELECT \"invoice_line_id\", \"invoice_id\", \"track_id\", \"unit_price\","
            + " \"quantity\" FROM \"invoice_line\" WHERE \"invoice_id\" = ANY($1) ORDER BY \"invoice_line_id\"";
    private static final String TRACKS_SQL = "SELECT \"track_id\", \"name\", \"album_id\", \"media_type_id\", \"genre_id\","
            + " \"composer\", \"milliseconds\", \"bytes\", \"unit_price\" FROM \"track\" WHERE \"track_id\" = ANY($1)";
    private static final String ALBUMS_SQL = "SELECT \"album_id\", \"title\", \"artist_id\" FROM \"album\""
            + " WHERE \"album_id\" = ANY($1)";

    /** The database and the baselines' driver settings: {@code postgresql}, {@code postgresql-best}, {@code h2}. */
    @Param({"postgresql", "postgresql-best", "h2"})
    public String database;

    private final StatementRecorder recorder = StatementRecorder.create();
    private Peers peers;
    private Quicksilver qs;
    private SpringChinook.InvoiceRepository invoices;
    private SpringChinook.InvoiceLineRepository lines;
    private SpringChinook.TrackRepository tracks;
    private SpringChinook.AlbumRepository albums;

    /**
     * Connects, loads Chinook, checks that the three paths build the same graph and that Quicksilver ran one
     * statement per level.
     *
     * @param benchmark which benchmark the trial runs
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams benchmark) {
        peers = new Peers(DriverSettings.of(database), Peer.measuredBy(benchmark.getBenchmark()), Peers.POOL_SIZE, recorder)
                .inSchema(SCHEMA);
        if (peers.settings().postgres()) {
            dropSchema();
            peers.quicksilver().sql("CREATE SCHEMA \"" + SCHEMA + "\"").rowsUpdated().block();
        }
        ChinookData.load(peers.quicksilver());
        qs = Quicksilver.of(peers.quicksilver());
        invoices = peers.springRepository(SpringChinook.InvoiceRepository.class);
        lines = peers.springRepository(SpringChinook.InvoiceLineRepository.class);
        tracks = peers.springRepository(SpringChinook.TrackRepository.class);
        albums = peers.springRepository(SpringChinook.AlbumRepository.class);
        check(100);
    }

    /** Drops the Chinook schema (PostgreSQL) and closes the pools. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (peers.settings().postgres()) {
            dropSchema();
        }
        peers.close();
    }

    private void dropSchema() {
        peers.quicksilver().sql("DROP SCHEMA IF EXISTS \"" + SCHEMA + "\" CASCADE").rowsUpdated().block();
    }

    private void check(int low) {
        recorder.reset();
        List<String> expected = flatten(quicksilver(low).collectList().block());
        if (recorder.count() != LEVELS) {
            throw new IllegalStateException("Quicksilver ran " + recorder.count() + " statements for " + LEVELS
                    + " levels: " + recorder.sql());
        }
        if (expected.size() < INVOICES) {
            throw new IllegalStateException("Only " + expected.size() + " lines loaded");
        }
        for (Flux<HandGraph.Invoice> path : List.of(raw(low), rawSelectIn(low), springData(low))) {
            List<String> actual = flattenHand(path.collectList().block());
            if (!expected.equals(actual)) {
                throw new IllegalStateException("The graphs differ: " + expected.size() + " lines by Quicksilver, "
                        + actual.size() + " by a baseline; first " + expected.get(0) + " vs " + actual.get(0));
            }
        }
    }

    private static List<String> flatten(List<Invoice> graph) {
        List<String> rows = new ArrayList<>();
        for (Invoice invoice : graph) {
            invoice.lines().get().stream().sorted(java.util.Comparator.comparingInt(line -> line.invoiceLineId()))
                    .forEach(line -> {
                        var track = line.track().get();
                        var album = track.getAlbum().get();
                        rows.add(invoice.invoiceId() + "|" + invoice.invoiceDate() + "|" + invoice.total().toPlainString()
                                + "|" + line.invoiceLineId() + "|" + line.unitPrice().toPlainString() + "|"
                                + track.getTrackId() + "|" + track.getName() + "|" + track.getComposer() + "|"
                                + (album == null ? "-" : album.albumId() + "|" + album.title()));
                    });
        }
        return rows;
    }

    private static List<String> flattenHand(List<HandGraph.Invoice> graph) {
        List<String> rows = new ArrayList<>();
        for (HandGraph.Invoice invoice : graph) {
            for (HandGraph.Line line : invoice.lines()) {
                HandGraph.Track track = line.track();
                HandGraph.Album album = track.album();
                rows.add(invoice.invoiceId() + "|" + invoice.invoiceDate() + "|" + invoice.total().toPlainString()
                        + "|" + line.invoiceLineId() + "|" + line.unitPrice().toPlainString() + "|" + track.trackId()
                        + "|" + track.name() + "|" + track.composer() + "|"
                        + (album == null ? "-" : album.albumId() + "|" + album.title()));
            }
        }
        return rows;
    }

    private static int randomLow() {
        return 1 + ThreadLocalRandom.current().nextInt(INVOICE_COUNT - INVOICES + 1);
    }

    private Flux<Invoice> quicksilver(int low) {
        return qs.select(INVOICE).where(INVOICE.INVOICE_ID.between(low, low + INVOICES - 1))
                .orderBy(INVOICE.INVOICE_ID.asc())
                .load(INVOICE.LINES.then(INVOICE_LINE.TRACK).then(TRACK.ALBUM)).fetch();
    }

    private Flux<HandGraph.Invoice> raw(int low) {
        return Flux.usingWhen(peers.r2dbc().create(),
                connection -> Flux.from(connection.createStatement(JOIN).bind(0, low).bind(1, low + INVOICES - 1)
                        .execute()).flatMap(result -> result.map((row, metadata) -> joinedRow(row))),
                Connection::close)
                .bufferUntilChanged(JoinedRow::invoiceId)
                .map(GraphBenchmark::invoiceOf);
    }

    /** One row of the join, read by index. */
    private record JoinedRow(HandGraph.Invoice invoice, HandGraph.Line line) {
        int invoiceId() {
            return invoice.invoiceId();
        }
    }

    private static JoinedRow joinedRow(Row row) {
        int invoiceId = row.get(0, Integer.class);
        HandGraph.Invoice invoice = new HandGraph.Invoice(invoiceId, row.get(1, Integer.class),
                row.get(2, LocalDateTime.class), row.get(3, String.class), row.get(4, String.class),
                row.get(5, String.class), row.get(6, String.class), row.get(7, String.class),
                row.get(8, BigDecimal.class), List.of());
        Integer albumId = row.get(20, Integer.class);
        HandGraph.Album album = albumId == null ? null
                : new HandGraph.Album(albumId, row.get(21, String.class), row.get(22, Integer.class));
        HandGraph.Track track = new HandGraph.Track(row.get(12, Integer.class), row.get(13, String.class),
                row.get(14, Integer.class), row.get(15, Integer.class), row.get(16, String.class),
                row.get(17, Integer.class), row.get(18, Integer.class), row.get(19, BigDecimal.class), album);
        return new JoinedRow(invoice, new HandGraph.Line(row.get(9, Integer.class), invoiceId,
                row.get(10, BigDecimal.class), row.get(11, Integer.class), track));
    }

    private static HandGraph.Invoice invoiceOf(List<JoinedRow> rows) {
        HandGraph.Invoice first = rows.get(0).invoice();
        List<HandGraph.Line> invoiceLines = new ArrayList<>(rows.size());
        rows.forEach(row -> invoiceLines.add(row.line()));
        return new HandGraph.Invoice(first.invoiceId(), first.customerId(), first.invoiceDate(), first.billingAddress(),
                first.billingCity(), first.billingState(), first.billingCountry(), first.billingPostalCode(),
                first.total(), invoiceLines);
    }

    /**
     * Select-in by hand on one connection: the four statements Quicksilver runs (invoices, then lines, tracks and
     * albums by {@code = ANY} of the keys found), assembled by hand. Shows what the strategy itself costs.
     */
    private Flux<HandGraph.Invoice> rawSelectIn(int low) {
        return Flux.usingWhen(peers.r2dbc().create(), connection -> {
            Mono<List<SpringChinook.Invoice>> invoiceRows = rows(connection, INVOICES_SQL, (row) -> new SpringChinook.Invoice(
                    row.get(0, Integer.class), row.get(1, Integer.class), row.get(2, LocalDateTime.class),
                    row.get(3, String.class), row.get(4, String.class), row.get(5, String.class), row.get(6, String.class),
                    row.get(7, String.class), row.get(8, BigDecimal.class)), low, low + INVOICES - 1);
            return invoiceRows.flatMap(invoiceList -> rows(connection, LINES_SQL, row -> new SpringChinook.InvoiceLine(
                            row.get(0, Integer.class), row.get(1, Integer.class), row.get(2, Integer.class),
                            row.get(3, BigDecimal.class), row.get(4, Integer.class)),
                            (Object) invoiceList.stream().map(SpringChinook.Invoice::invoiceId).distinct().toArray(Integer[]::new))
                    .flatMap(lineList -> rows(connection, TRACKS_SQL, row -> new SpringChinook.Track(row.get(0, Integer.class),
                                    row.get(1, String.class), row.get(2, Integer.class), row.get(3, Integer.class),
                                    row.get(4, Integer.class), row.get(5, String.class), row.get(6, Integer.class),
                                    row.get(7, Integer.class), row.get(8, BigDecimal.class)),
                            (Object) lineList.stream().map(SpringChinook.InvoiceLine::trackId).distinct().toArray(Integer[]::new))
                            .flatMap(trackList -> rows(connection, ALBUMS_SQL, row -> new HandGraph.Album(
                                            row.get(0, Integer.class), row.get(1, String.class), row.get(2, Integer.class)),
                                    (Object) trackList.stream().map(SpringChinook.Track::albumId).filter(java.util.Objects::nonNull)
                                            .distinct().toArray(Integer[]::new))
                                    .map(albumList -> assemble(invoiceList, lineList, trackList, albumList)))));
        }, Connection::close).flatMapIterable(invoices -> invoices);
    }

    private static <T> Mono<List<T>> rows(Connection connection, String sql, java.util.function.Function<Row, T> mapper,
                                          Object... values) {
        io.r2dbc.spi.Statement statement = connection.createStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.bind(i, values[i]);
        }
        return Flux.from(statement.execute()).flatMap(result -> result.map((row, metadata) -> mapper.apply(row)))
                .collectList();
    }

    private static List<HandGraph.Invoice> assemble(List<SpringChinook.Invoice> invoiceList,
                                                    List<SpringChinook.InvoiceLine> lineList,
                                                    List<SpringChinook.Track> trackList, List<HandGraph.Album> albumList) {
        java.util.Map<Integer, HandGraph.Album> albumsById = new java.util.HashMap<>();
        albumList.forEach(album -> albumsById.put(album.albumId(), album));
        java.util.Map<Integer, HandGraph.Track> tracksById = new java.util.HashMap<>();
        trackList.forEach(track -> tracksById.put(track.trackId(), handTrack(track,
                track.albumId() == null ? null : albumsById.get(track.albumId()))));
        java.util.Map<Integer, List<HandGraph.Line>> linesByInvoice = new java.util.HashMap<>();
        lineList.forEach(line -> linesByInvoice.computeIfAbsent(line.invoiceId(), id -> new ArrayList<>())
                .add(new HandGraph.Line(line.invoiceLineId(), line.invoiceId(), line.unitPrice(), line.quantity(),
                        tracksById.get(line.trackId()))));
        List<HandGraph.Invoice> graph = new ArrayList<>(invoiceList.size());
        for (SpringChinook.Invoice invoice : invoiceList) {
            graph.add(new HandGraph.Invoice(invoice.invoiceId(), invoice.customerId(), invoice.invoiceDate(),
                    invoice.billingAddress(), invoice.billingCity(), invoice.billingState(), invoice.billingCountry(),
                    invoice.billingPostalCode(), invoice.total(),
                    linesByInvoice.getOrDefault(invoice.invoiceId(), List.of())));
        }
        return graph;
    }

    private Flux<HandGraph.Invoice> springData(int low) {
        return invoices.findByInvoiceIdBetweenOrderByInvoiceId(low, low + INVOICES - 1)
                .concatMap(invoice -> lines.findByInvoiceIdOrderByInvoiceLineId(invoice.invoiceId())
                        .concatMap(line -> tracks.findById(line.trackId())
                                .flatMap(track -> (track.albumId() == null ? Mono.<SpringChinook.Album>empty()
                                        : albums.findById(track.albumId()))
                                        .map(album -> handTrack(track, new HandGraph.Album(album.albumId(), album.title(),
                                                album.artistId())))
                                        .defaultIfEmpty(handTrack(track, null)))
                                .map(track -> new HandGraph.Line(line.invoiceLineId(), line.invoiceId(), line.unitPrice(),
                                        line.quantity(), track)))
                        .collectList()
                        .map(invoiceLines -> new HandGraph.Invoice(invoice.invoiceId(), invoice.customerId(),
                                invoice.invoiceDate(), invoice.billingAddress(), invoice.billingCity(),
                                invoice.billingState(), invoice.billingCountry(), invoice.billingPostalCode(),
                                invoice.total(), invoiceLines)));
    }

    private static HandGraph.Track handTrack(SpringChinook.Track track, HandGraph.@org.jspecify.annotations.Nullable Album album) {
        return new HandGraph.Track(track.trackId(), track.name(), track.mediaTypeId(), track.genreId(), track.composer(),
                track.milliseconds(), track.bytes(), track.unitPrice(), album);
    }

    /** @return 50 invoices with lines, tracks and albums through Quicksilver's select-in loading */
    @Benchmark
    public List<Invoice> graphQuicksilver() {
        return quicksilver(randomLow()).collectList().block();
    }

    /** @return the same graph from one hand-written join on raw R2DBC */
    @Benchmark
    public List<HandGraph.Invoice> graphRaw() {
        return raw(randomLow()).collectList().block();
    }

    /** @return the same graph by the four select-in statements written by hand on one raw connection (diagnostic) */
    @Benchmark
    public List<HandGraph.Invoice> graphRawSelectIn() {
        return rawSelectIn(randomLow()).collectList().block();
    }

    /** @return the same graph through Spring Data repositories, N+1 */
    @Benchmark
    public List<HandGraph.Invoice> graphSpringData() {
        return springData(randomLow()).collectList().block();
    }
}
