package dev.quicksilver.benchmarks.query;

import dev.quicksilver.benchmarks.support.Peers;
import dev.quicksilver.mapping.model.Column;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.query.EntityQuery;
import dev.quicksilver.query.Quicksilver;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Row;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The two reads of {@link BenchTrack} — a range of lengths, and one track by key — written once per peer:
 * Quicksilver's query builder, raw R2DBC mapped by hand, a Spring Data repository, and JDBC mapped by hand.
 * The raw and JDBC paths send the SQL text Quicksilver renders. {@link #check()} proves all four return the
 * same rows. Thread-safe once built.
 */
public final class TrackReads {

    private static final EntityModel<BenchTrack> TRACK = EntityModel.of(BenchTrack.class);
    private static final Column<BenchTrack, Integer> TRACK_ID = TRACK.column("trackId", Integer.class);
    private static final Column<BenchTrack, Integer> MILLISECONDS = TRACK.column("milliseconds", Integer.class);

    private static final String COLUMNS = "t0.\"track_id\", t0.\"name\", t0.\"album_id\", t0.\"media_type_id\","
            + " t0.\"genre_id\", t0.\"composer\", t0.\"milliseconds\", t0.\"bytes\", t0.\"unit_price\"";
    private static final String RAW_RANGE = "SELECT " + COLUMNS + " FROM " + TrackTable.TABLE
            + " t0 WHERE t0.\"milliseconds\" BETWEEN $1 AND $2";
    private static final String RAW_BY_ID = "SELECT " + COLUMNS + " FROM " + TrackTable.TABLE
            + " t0 WHERE t0.\"track_id\" = $1 LIMIT $2";
    /** Rows JDBC fetches per round trip when streaming (pgjdbc needs auto-commit off for it). */
    private static final int JDBC_FETCH_SIZE = 1_000;

    private final Peers peers;
    private @Nullable Quicksilver qs;
    private @Nullable EntityQuery<BenchTrack> byIdPrepared;
    private @Nullable SpringTrackRepository repository;

    /**
     * Reads through the given peers.
     *
     * @param peers the trial's peers
     */
    public TrackReads(Peers peers) {
        this.peers = peers;
    }

    private Quicksilver qs() {
        if (qs == null) {
            qs = Quicksilver.of(peers.quicksilver());
            byIdPrepared = qs.select(TRACK).where(TRACK_ID.eq(Expression.param("id", Integer.class)));
        }
        return qs;
    }

    private SpringTrackRepository repository() {
        if (repository == null) {
            repository = peers.springRepository(SpringTrackRepository.class);
        }
        return repository;
    }

    /**
     * Proves every peer returns the same rows for a range of {@code rows} tracks and for one key, and that the
     * raw path sends the SQL Quicksilver renders; throws otherwise. Blocks (set-up only).
     *
     * @param low the shortest length of the range (the key looked up is that of its first track)
     * @param rows how many tracks the range holds
     */
    public void check(int low, int rows) {
        int high = low + rows - 1;
        List<BenchTrack> expected = quicksilverRange(low, high).collectList().block();
        if (expected == null || expected.size() != rows) {
            throw new IllegalStateException("Quicksilver read " + (expected == null ? 0 : expected.size()) + " of " + rows);
        }
        List<BenchTrack> jdbc = new ArrayList<>();
        jdbcRange(low, high, jdbc::add);
        same("range, raw R2DBC", expected, rawRange(low, high).collectList().block());
        same("range, Spring Data", expected, springDataRange(low, high).map(SpringTrack::toBenchTrack).collectList().block());
        same("range, JDBC", expected, jdbc);
        int id = low - TrackTable.MILLISECONDS_BASE;
        BenchTrack one = quicksilverById(id).block();
        same("by id, Quicksilver prepared", List.of(one), List.of(quicksilverByIdPrepared(id).block()));
        same("by id, raw R2DBC", List.of(one), List.of(rawById(id).block()));
        SpringTrack spring = springDataById(id).block();
        same("by id, Spring Data", List.of(one), List.of(spring == null ? "none" : spring.toBenchTrack()));
        same("by id, JDBC", List.of(one), List.of(jdbcById(id)));
        sameSql(qs().select(TRACK).where(MILLISECONDS.between(1, 2)).sql(), RAW_RANGE);
        sameSql(qs().select(TRACK).where(TRACK_ID.eq(1)).limit(2).sql(), RAW_BY_ID);
    }

    private static void same(String path, List<?> expected, @Nullable List<?> actual) {
        if (actual == null || actual.size() != expected.size() || !new HashSet<>(expected).equals(new HashSet<>(actual))) {
            throw new IllegalStateException("The " + path + " path disagrees with Quicksilver: "
                    + (actual == null ? 0 : actual.size()) + " rows against " + expected.size());
        }
    }

    private static void sameSql(String rendered, String raw) {
        if (!rendered.replace(":p1", "$1").replace(":p2", "$2").equals(raw)) {
            throw new IllegalStateException("Quicksilver renders " + rendered + " but the raw path sends " + raw);
        }
    }

    /**
     * @param low the shortest length
     * @param high the longest length
     * @return the tracks in the range, through Quicksilver: {@code select(TRACK).where(MILLISECONDS.between(low, high))}
     */
    public Flux<BenchTrack> quicksilverRange(int low, int high) {
        return qs().select(TRACK).where(MILLISECONDS.between(low, high)).fetch();
    }

    /**
     * @param low the shortest length
     * @param high the longest length
     * @return the tracks in the range, through raw R2DBC on the baselines' pool, mapped by hand
     */
    public Flux<BenchTrack> rawRange(int low, int high) {
        return Flux.usingWhen(peers.r2dbc().create(),
                connection -> Flux.from(connection.createStatement(RAW_RANGE).bind(0, low).bind(1, high).execute())
                        .flatMap(result -> result.map((row, metadata) -> track(row))),
                Connection::close);
    }

    /**
     * @param low the shortest length
     * @param high the longest length
     * @return the tracks in the range, through the Spring Data repository's derived query
     */
    public Flux<SpringTrack> springDataRange(int low, int high) {
        return repository().findByMillisecondsBetween(low, high);
    }

    /**
     * Reads the tracks in the range through JDBC on HikariCP, mapped by hand, {@value #JDBC_FETCH_SIZE} rows per
     * fetch (a transaction, so that pgjdbc streams with a cursor instead of reading every row first).
     *
     * @param low the shortest length
     * @param high the longest length
     * @param sink receives each track
     */
    public void jdbcRange(int low, int high, Consumer<BenchTrack> sink) {
        try (java.sql.Connection connection = peers.jdbc().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(jdbcSql(RAW_RANGE))) {
                statement.setFetchSize(JDBC_FETCH_SIZE);
                statement.setInt(1, low);
                statement.setInt(2, high);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(trackOf(rows));
                    }
                }
            } finally {
                connection.commit();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param id the key
     * @return the track, through Quicksilver: {@code select(TRACK).where(TRACK_ID.eq(id)).one()}, built per lookup
     */
    public Mono<BenchTrack> quicksilverById(int id) {
        return qs().select(TRACK).where(TRACK_ID.eq(id)).one();
    }

    /**
     * @param id the key
     * @return the track, through one query built with a parameter and kept, bound per lookup
     */
    public Mono<BenchTrack> quicksilverByIdPrepared(int id) {
        qs();
        return java.util.Objects.requireNonNull(byIdPrepared).bind("id", id).one();
    }

    /**
     * @param id the key
     * @return the track, through raw R2DBC on the baselines' pool, mapped by hand
     */
    public Mono<BenchTrack> rawById(int id) {
        return Flux.usingWhen(peers.r2dbc().create(),
                connection -> Flux.from(connection.createStatement(RAW_BY_ID).bind(0, id).bind(1, 2L).execute())
                        .flatMap(result -> result.map((row, metadata) -> track(row))),
                Connection::close).singleOrEmpty();
    }

    /**
     * @param id the key
     * @return the track, through the Spring Data repository's {@code findById}
     */
    public Mono<SpringTrack> springDataById(int id) {
        return repository().findById(id);
    }

    /**
     * @param id the key
     * @return the track, through JDBC on HikariCP, mapped by hand; blocks the calling thread
     */
    public @Nullable BenchTrack jdbcById(int id) {
        try (java.sql.Connection connection = peers.jdbc().getConnection();
             PreparedStatement statement = connection.prepareStatement(jdbcSql(RAW_BY_ID))) {
            statement.setInt(1, id);
            statement.setLong(2, 2L);
            try (ResultSet rows = statement.executeQuery()) {
                BenchTrack track = rows.next() ? trackOf(rows) : null;
                if (rows.next()) {
                    throw new IllegalStateException("Two tracks with id " + id);
                }
                return track;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jdbcSql(String sql) {
        return sql.replace("$1", "?").replace("$2", "?");
    }

    private static BenchTrack track(Row row) {
        return new BenchTrack(row.get(0, Integer.class), row.get(1, String.class), row.get(2, Integer.class),
                row.get(3, Integer.class), row.get(4, Integer.class), row.get(5, String.class),
                row.get(6, Integer.class), row.get(7, Integer.class), row.get(8, BigDecimal.class));
    }

    private static BenchTrack trackOf(ResultSet row) throws SQLException {
        return new BenchTrack(row.getInt(1), row.getString(2), row.getObject(3, Integer.class), row.getInt(4),
                row.getObject(5, Integer.class), row.getString(6), row.getInt(7), row.getObject(8, Integer.class),
                row.getBigDecimal(9));
    }
}
