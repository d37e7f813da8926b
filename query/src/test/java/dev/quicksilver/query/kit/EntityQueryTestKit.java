package dev.quicksilver.query.kit;

import static dev.quicksilver.mapping.chinook.Album_.ALBUM;
import static dev.quicksilver.mapping.chinook.Employee_.EMPLOYEE;
import static dev.quicksilver.mapping.chinook.InvoiceLine_.INVOICE_LINE;
import static dev.quicksilver.mapping.chinook.Invoice_.INVOICE;
import static dev.quicksilver.mapping.chinook.Playlist_.PLAYLIST;
import static dev.quicksilver.mapping.chinook.Track_.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.core.dialect.InListStyle;
import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.UnloadedRelationshipException;
import dev.quicksilver.mapping.chinook.Album;
import dev.quicksilver.mapping.chinook.Employee;
import dev.quicksilver.mapping.chinook.Invoice;
import dev.quicksilver.mapping.chinook.InvoiceLine;
import dev.quicksilver.mapping.chinook.Playlist;
import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.Expression;
import dev.quicksilver.mapping.types.Mood;
import dev.quicksilver.mapping.types.MoodEntry;
import dev.quicksilver.query.EntityQuery;
import dev.quicksilver.query.NonUniqueResultException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Entity queries over the Chinook data: conditions, order, paging, single results, counts, and
 * select-in relationship loading, each answer checked against hand-written SQL on the same database.
 */
public abstract class EntityQueryTestKit extends ChinookTestKit {

    private List<String> names(String sql) {
        return db.sql(sql).map(row -> row.get(0, String.class)).collectList().block(TIMEOUT);
    }

    @Test
    void conditionsOrderAndPagingSelectWhatTheSqlSelects() {
        List<String> tracks = qs.select(TRACK)
                .where(TRACK.MILLISECONDS.gt(300_000).and(TRACK.COMPOSER.isNotNull()))
                .orderBy(TRACK.NAME.asc(), TRACK.TRACK_ID.asc()).limit(7).offset(20)
                .fetch().map(Track::getName).collectList().block(TIMEOUT);
        assertThat(tracks).hasSize(7).containsExactlyElementsOf(names("SELECT \"name\" FROM \"track\""
                + " WHERE \"milliseconds\" > 300000 AND \"composer\" IS NOT NULL ORDER BY \"name\", \"track_id\""
                + " LIMIT 7 OFFSET 20"));
        assertThat(recorder.statements().get(0).sql()).doesNotContain("300000").contains("LIMIT");
    }

    @Test
    void countsAndExistsAgreeWithTheSql() {
        BigDecimal price = new BigDecimal("0.99");
        assertThat(qs.select(TRACK).where(TRACK.UNIT_PRICE.gt(price)).count().block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"unit_price\" > 0.99")).isEqualTo(213L);
        assertThat(qs.select(TRACK).count().block(TIMEOUT)).isEqualTo(3503L);
        assertThat(qs.select(TRACK).limit(10).offset(3500).count().block(TIMEOUT)).isEqualTo(3L);
        assertThat(qs.select(TRACK).where(TRACK.NAME.eq("Balls to the Wall")).exists().block(TIMEOUT)).isTrue();
        assertThat(qs.select(TRACK).where(TRACK.NAME.eq("No Such Track")).exists().block(TIMEOUT)).isFalse();
    }

    @Test
    void oneIsTheSingleRowOrAnErrorAndFirstFollowsTheOrder() {
        StepVerifier.create(qs.select(ALBUM).where(ALBUM.ALBUM_ID.eq(1)).one().map(Album::title))
                .expectNext("For Those About To Rock We Salute You").verifyComplete();
        StepVerifier.create(qs.select(ALBUM).where(ALBUM.ALBUM_ID.eq(-1)).one()).verifyComplete();
        StepVerifier.create(qs.select(ALBUM).where(ALBUM.TITLE.startsWith("Greatest")).one())
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(NonUniqueResultException.class)
                        .hasMessageContaining("Expected at most one Album").hasMessageContaining("first()"))
                .verify(TIMEOUT);
        StepVerifier.create(qs.select(ALBUM).orderBy(ALBUM.TITLE.desc()).first().map(Album::title))
                .expectNext(names("SELECT \"title\" FROM \"album\" ORDER BY \"title\" DESC LIMIT 1").get(0))
                .verifyComplete();
    }

    @Test
    void aQueryWithParametersIsRenderedOnceForEveryValue() {
        EntityQuery<Track> byAlbumAndPrice = qs.select(TRACK)
                .where(TRACK.column("album", Integer.class).eq(Expression.param("album", Integer.class))
                        .and(TRACK.UNIT_PRICE.ge(Expression.param("price", BigDecimal.class))))
                .orderBy(TRACK.TRACK_ID.asc());
        EntityQuery<Track> first = byAlbumAndPrice.bind("album", 1).bind("price", new BigDecimal("0.99"));
        EntityQuery<Track> second = byAlbumAndPrice.bind("album", 2).bind("price", BigDecimal.ZERO);
        assertThat(first.fetch().map(Track::getName).collectList().block(TIMEOUT))
                .containsExactlyElementsOf(names("SELECT \"name\" FROM \"track\" WHERE \"album_id\" = 1 ORDER BY \"track_id\""));
        assertThat(second.count().block(TIMEOUT)).isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"album_id\" = 2"));
        // one rendering shared by every query bound from the same one: the very same text
        assertThat(second.sql()).isSameAs(first.sql()).isSameAs(byAlbumAndPrice.sql());
        StepVerifier.create(qs.select(TRACK).where(TRACK.TRACK_ID.eq(Expression.param("id", Integer.class))).bind("id", 1)
                        .one().map(Track::getName))
                .expectNext("For Those About To Rock (We Salute You)").verifyComplete();
        StepVerifier.create(byAlbumAndPrice.bind("album", 1).fetch())
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining(":price has no value")
                        .hasMessageContaining("bind(\"price\""))
                .verify(TIMEOUT);
        StepVerifier.create(first.bind("albun", 3).fetch())
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("[albun]")
                        .hasMessageContaining("[album, price]"))
                .verify(TIMEOUT);
    }

    /** A query built anew per call, as a request handler builds it, with the values of one call. */
    private EntityQuery<Track> tracksOfGenre(int genre, int minutes, BigDecimal price) {
        return qs.select(TRACK)
                .where(TRACK.column("genre", Integer.class).eq(genre)
                        .and(TRACK.MILLISECONDS.between(minutes * 60_000, (minutes + 2) * 60_000)
                                .or(TRACK.MILLISECONDS.minus(minutes * 60_000).gt(30 * 60_000)))
                        .and(TRACK.UNIT_PRICE.ge(price).not().not())
                        .and(TRACK.COMPOSER.isNotNull()))
                .orderBy(TRACK.MILLISECONDS.desc(), TRACK.TRACK_ID.asc())
                .limit(25);
    }

    @Test
    void queriesBuiltAnewShareTheStatementOfTheirShapeAndBindTheirOwnValues() {
        String shared = tracksOfGenre(1, 4, BigDecimal.ZERO).sql();
        int[][] calls = {{1, 4}, {3, 5}, {7, 3}, {1, 9}, {24, 2}};
        for (int[] call : calls) {
            int genre = call[0];
            int minutes = call[1];
            BigDecimal price = new BigDecimal(genre % 2 == 0 ? "1.99" : "0.99");
            EntityQuery<Track> query = tracksOfGenre(genre, minutes, price);
            // the statement of the first query of this shape, the very same text: rendered once
            assertThat(query.sql()).isSameAs(shared);
            assertThat(query.fetch().map(Track::getName).collectList().block(TIMEOUT))
                    .as("genre %d, %d minutes, price %s", genre, minutes, price)
                    .containsExactlyElementsOf(names("SELECT \"name\" FROM \"track\" WHERE \"genre_id\" = " + genre
                            + " AND (\"milliseconds\" BETWEEN " + minutes * 60_000 + " AND " + (minutes + 2) * 60_000
                            + " OR \"milliseconds\" - " + minutes * 60_000 + " > " + 30 * 60_000 + ")"
                            + " AND \"unit_price\" >= " + price + " AND \"composer\" IS NOT NULL"
                            + " ORDER BY \"milliseconds\" DESC, \"track_id\" LIMIT 25"));
            assertThat(query.count().block(TIMEOUT)).isEqualTo(scalar("SELECT COUNT(*) FROM (SELECT 1 FROM \"track\""
                    + " WHERE \"genre_id\" = " + genre + " AND (\"milliseconds\" BETWEEN " + minutes * 60_000 + " AND "
                    + (minutes + 2) * 60_000 + " OR \"milliseconds\" - " + minutes * 60_000 + " > " + 30 * 60_000 + ")"
                    + " AND \"unit_price\" >= " + price + " AND \"composer\" IS NOT NULL LIMIT 25) \"c\""));
        }
        // another shape (another operator, another limit, a parameter mixed with values) has its own statement
        assertThat(qs.select(TRACK).where(TRACK.MILLISECONDS.lt(1)).sql()).isNotEqualTo(shared);
        assertThat(qs.select(TRACK).where(TRACK.MILLISECONDS.gt(1)).limit(3).fetch().count().block(TIMEOUT)).isEqualTo(3);
        assertThat(qs.select(TRACK).where(TRACK.MILLISECONDS.gt(1)).limit(4).fetch().count().block(TIMEOUT)).isEqualTo(4);
        EntityQuery<Track> mixed = qs.select(TRACK).where(TRACK.column("album", Integer.class)
                .eq(Expression.param("album", Integer.class)).and(TRACK.MILLISECONDS.gt(300_000)));
        assertThat(mixed.bind("album", 1).count().block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"album_id\" = 1 AND \"milliseconds\" > 300000"));
        assertThat(qs.select(TRACK).where(TRACK.column("album", Integer.class).eq(Expression.param("album", Integer.class))
                .and(TRACK.MILLISECONDS.gt(1))).bind("album", 1).count().block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"album_id\" = 1"));
    }

    @Test
    void aValueOfAConvertedColumnIsConvertedOnEveryQueryOfTheShape() {
        EntityModel<MoodEntry> entries = EntityModel.of(MoodEntry.class);
        dev.quicksilver.mapping.model.Column<MoodEntry, Mood> mood = entries.column("mood", Mood.class);
        for (String ddl : dev.quicksilver.mapping.ddl.SchemaDdl.of(dev.quicksilver.mapping.MappingContext.standard(),
                db.dialect()).create(List.of(MoodEntry.class))) {
            db.sql(ddl).rowsUpdated().block(TIMEOUT);
        }
        qs.insert(new MoodEntry(1, Mood.CALM, Mood.CALM)).then(qs.insert(new MoodEntry(2, Mood.RESTLESS, Mood.CALM)))
                .then(qs.insert(new MoodEntry(3, Mood.RESTLESS, Mood.CURIOUS))).block(TIMEOUT);
        String shared = qs.select(entries).where(mood.eq(Mood.CALM)).sql();
        for (Mood wanted : Mood.values()) {
            EntityQuery<MoodEntry> query = qs.select(entries).where(mood.eq(wanted));
            assertThat(query.sql()).isSameAs(shared);
            assertThat(query.fetch().map(MoodEntry::id).collectList().block(TIMEOUT)).as(wanted.name())
                    .containsExactlyInAnyOrderElementsOf(switch (wanted) {
                        case CALM -> List.of(1L);
                        case CURIOUS -> List.<Long>of();
                        case RESTLESS -> List.of(2L, 3L);
                    });
        }
    }

    @Test
    void anUnloadedRelationshipRaisesWhenReadAndKeepsItsKey() {
        Track track = qs.select(TRACK).where(TRACK.TRACK_ID.eq(1)).one().block(TIMEOUT);
        assertThat(track.getAlbum().isLoaded()).isFalse();
        assertThat(track.getAlbum().key()).isEqualTo(1);
        assertThatThrownBy(() -> track.getAlbum().get()).isInstanceOf(UnloadedRelationshipException.class);
        assertThatThrownBy(() -> track.getPlaylists().get()).isInstanceOf(UnloadedRelationshipException.class);
    }

    @Test
    void inListsOfAnyLengthMatchAndOnAnyArrayDialectsRenderOneText() {
        for (int size : new int[] {1, 2, 1000}) {
            List<Integer> ids = IntStream.rangeClosed(1, size).boxed().toList();
            assertThat(qs.select(TRACK).where(TRACK.TRACK_ID.in(ids)).count().block(TIMEOUT)).isEqualTo(size);
            assertThat(qs.select(TRACK).where(TRACK.TRACK_ID.notIn(ids)).count().block(TIMEOUT)).isEqualTo(3503 - size);
        }
        assertThat(qs.select(TRACK).where(TRACK.TRACK_ID.in(List.of())).count().block(TIMEOUT)).isZero();
        List<String> texts = recorder.sql().stream().filter(sql -> sql.contains("ANY") || sql.contains(" IN ")).toList();
        if (db.dialect().inListStyle() == InListStyle.ANY_ARRAY) {
            assertThat(texts.stream().distinct()).hasSize(2);
        } else {
            assertThat(texts.stream().distinct()).hasSize(6);
        }
    }

    @ParameterizedTest(name = "{0} invoices, window {1}")
    @CsvSource({"10, 500, 4", "412, 100, 16", "412, 412, 4", "50, 7, 25"})
    void loadingInvoiceLinesTracksAndAlbumsTakesOneStatementPerLevelPerWindow(int invoices, int window, int statements) {
        List<Invoice> loaded = qs.select(INVOICE).where(INVOICE.INVOICE_ID.le(invoices)).orderBy(INVOICE.INVOICE_ID.asc())
                .load(INVOICE.LINES.then(INVOICE_LINE.TRACK).then(TRACK.ALBUM)).loadWindow(window)
                .fetch().collectList().block(TIMEOUT);

        assertThat(recorder.count()).isEqualTo(statements).isEqualTo(1 + 3 * (int) Math.ceil(invoices / (double) window));
        assertThat(loaded).hasSize(invoices);
        assertThat(loaded.stream().mapToLong(invoice -> invoice.lines().get().size()).sum())
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"invoice_line\" WHERE \"invoice_id\" <= " + invoices));
        for (Invoice invoice : loaded) {
            BigDecimal total = BigDecimal.ZERO;
            for (InvoiceLine line : invoice.lines().get()) {
                total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
                Track track = line.track().get();
                assertThat(track.getTrackId()).isEqualTo(line.trackId());
                assertThat(track.getAlbum().get().title()).isNotBlank();
            }
            assertThat(total).isEqualByComparingTo(invoice.total());
        }
    }

    @Test
    void aStreamOfParentsEmitsItsFirstWindowBeforeTheLastParentIsLoaded() {
        StepVerifier.create(qs.select(INVOICE).orderBy(INVOICE.INVOICE_ID.asc()).load(INVOICE.LINES).loadWindow(10)
                        .fetch(), 1)
                .assertNext(invoice -> {
                    assertThat(invoice.invoiceId()).isEqualTo(1);
                    assertThat(invoice.lines().get()).isNotEmpty();
                    // the invoices' statement is still being read (it has not completed), and only the first
                    // windows' lines were loaded (all 42 windows would be 43 statements)
                    assertThat(recorder.statements()).as("completed statements").isNotEmpty()
                            .allSatisfy(statement -> assertThat(statement.table()).isEqualTo("invoice_line"));
                    assertThat(recorder.startedCount()).isLessThanOrEqualTo(1 + 3);
                })
                .thenCancel().verify(TIMEOUT);
    }

    @Test
    void manyToManyLoadsThroughTheAssociationTableFromEitherSide() {
        List<Playlist> playlists = qs.select(PLAYLIST).orderBy(PLAYLIST.PLAYLIST_ID.asc()).load(PLAYLIST.TRACKS)
                .fetch().collectList().block(TIMEOUT);
        assertThat(playlists).hasSize(18);
        assertThat(recorder.count()).isEqualTo(2);
        for (Playlist playlist : playlists) {
            assertThat((long) playlist.tracks().get().size()).isEqualTo(scalar(
                    "SELECT COUNT(*) FROM \"playlist_track\" WHERE \"playlist_id\" = " + playlist.playlistId()));
        }
        Track track = qs.select(TRACK).where(TRACK.TRACK_ID.eq(1)).load(TRACK.PLAYLISTS).one().block(TIMEOUT);
        assertThat(track.getPlaylists().get()).extracting(Playlist::playlistId)
                .containsExactlyElementsOf(db.sql("SELECT \"playlist_id\" FROM \"playlist_track\" WHERE \"track_id\" = 1"
                        + " ORDER BY \"playlist_id\"").map(row -> row.get(0, Integer.class)).collectList().block(TIMEOUT));
    }

    private List<Integer> associated(int playlist) {
        return db.sql("SELECT \"track_id\" FROM \"playlist_track\" WHERE \"playlist_id\" = " + playlist
                + " ORDER BY \"track_id\"").map(row -> row.get(0, Integer.class)).collectList().block(TIMEOUT);
    }

    @Test
    void aSessionWritesTheAssociationRowsOfManyToManyLists() {
        List<Track> tracks = qs.select(TRACK).where(TRACK.TRACK_ID.le(6)).orderBy(TRACK.TRACK_ID.asc()).fetch()
                .collectList().block(TIMEOUT);
        try {
            // a new owner: its row, then one batch of association rows
            qs.inSession(session -> Mono.fromCallable(() -> session.add(new Playlist(1000, "Mix",
                    dev.quicksilver.mapping.RefList.of(tracks.subList(0, 3)))))).blockLast(TIMEOUT);
            assertThat(associated(1000)).containsExactly(1, 2, 3);
            assertThat(recorder.sql()).filteredOn(sql -> sql.startsWith("INSERT INTO \"playlist_track\""))
                    .as("three rows, one batch").hasSize(1);

            // the list loaded, changed: the pair that went is deleted, the one that came is inserted
            recorder.reset();
            qs.inSession(session -> session.select(PLAYLIST).where(PLAYLIST.PLAYLIST_ID.eq(1000)).load(PLAYLIST.TRACKS)
                    .one().map(mix -> session.add(new Playlist(1000, mix.name(), dev.quicksilver.mapping.RefList.of(
                            List.of(tracks.get(1), tracks.get(2), tracks.get(3))))))).blockLast(TIMEOUT);
            assertThat(associated(1000)).containsExactly(2, 3, 4);
            assertThat(recorder.sql()).filteredOn(sql -> sql.contains("\"playlist_track\"") && !sql.startsWith("SELECT"))
                    .hasSize(2);

            // read without its list, then given one: the list replaces the rows
            qs.inSession(session -> session.find(PLAYLIST, 1000).map(mix -> session.add(new Playlist(1000, mix.name(),
                    dev.quicksilver.mapping.RefList.of(List.of(tracks.get(5))))))).blockLast(TIMEOUT);
            assertThat(associated(1000)).containsExactly(6);

            // unloaded and unchanged: untouched; removed: its rows go first, then the owner
            qs.inSession(session -> session.find(PLAYLIST, 1000).map(mix -> session.add(new Playlist(1000, "Renamed",
                    mix.tracks())))).blockLast(TIMEOUT);
            assertThat(associated(1000)).containsExactly(6);
            qs.inSession(session -> session.find(PLAYLIST, 1000).doOnNext(session::remove)).blockLast(TIMEOUT);
            assertThat(associated(1000)).isEmpty();
            assertThat(scalar("SELECT COUNT(*) FROM \"playlist\" WHERE \"playlist_id\" = 1000")).isZero();
        } finally {
            db.sql("DELETE FROM \"playlist_track\" WHERE \"playlist_id\" = 1000").rowsUpdated()
                    .then(db.sql("DELETE FROM \"playlist\" WHERE \"playlist_id\" = 1000").rowsUpdated()).block(TIMEOUT);
        }
    }

    @Test
    void aSelfReferenceLoadsBothDirections() {
        List<Employee> employees = qs.select(EMPLOYEE).orderBy(EMPLOYEE.EMPLOYEE_ID.asc())
                .load(EMPLOYEE.REPORTS_TO).load(EMPLOYEE.REPORTS).fetch().collectList().block(TIMEOUT);
        assertThat(employees).hasSize(8);
        Employee general = employees.get(0);
        assertThat(general.getReportsTo().isLoaded()).isTrue();
        assertThat(general.getReportsTo().find()).isEmpty();
        assertThat(general.getReports().get()).extracting(Employee::getEmployeeId).containsExactly(2, 6);
        assertThat(employees.get(2).getReportsTo().get().getLastName()).isEqualTo("Edwards");
    }

    @Test
    void loadingInsideATransactionReadsTheParentsFirst() {
        List<Album> albums = db.transactional(qs.select(ALBUM).where(ALBUM.ALBUM_ID.le(30)).load(ALBUM.TRACKS)
                .loadWindow(4).fetch().collectList()).block(TIMEOUT);
        assertThat(albums).hasSize(30);
        assertThat(albums.stream().mapToLong(album -> album.tracks().get().size()).sum())
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"album_id\" <= 30"));
    }

    @Test
    void aReferenceTheStatementCannotRenderIsAnErrorInTheStream() {
        StepVerifier.create(qs.select(ALBUM).where(TRACK.NAME.eq("x")).fetch())
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("does not select from"))
                .verify(TIMEOUT);
        StepVerifier.create(qs.select(ALBUM).where(EntityModel.of(Album.class).column("titel").eq("x")).fetch())
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(MappingException.class)
                        .hasMessageContaining("Did you mean 'title'?"))
                .verify(TIMEOUT);
        assertThat(recorder.count()).isZero();
    }
}
