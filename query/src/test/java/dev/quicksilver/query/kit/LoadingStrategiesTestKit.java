package dev.quicksilver.query.kit;

import static dev.quicksilver.mapping.chinook.Album_.ALBUM;
import static dev.quicksilver.mapping.chinook.Employee_.EMPLOYEE;
import static dev.quicksilver.mapping.chinook.Invoice_.INVOICE;
import static dev.quicksilver.mapping.chinook.InvoiceLine_.INVOICE_LINE;
import static dev.quicksilver.mapping.chinook.Track_.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.mapping.UnloadedRelationshipException;
import dev.quicksilver.mapping.chinook.Album;
import dev.quicksilver.mapping.chinook.Employee;
import dev.quicksilver.mapping.chinook.Invoice;
import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.query.LoadStrategy;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * Join loading of to-one relationships (one statement, targets built from the main rows) and explicit
 * loading of relationships into entities already in hand, checked against SQL and select-in loading.
 */
public abstract class LoadingStrategiesTestKit extends ChinookTestKit {

    private Map<Integer, String> pairs(String sql) {
        return db.sql(sql).map(row -> Map.entry(row.get(0, Integer.class), row.get(1, String.class))).collectList()
                .block(TIMEOUT).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void joinLoadingBuildsNestedToOneTargetsFromTheMainRowsInOneStatement() {
        List<Track> tracks = qs.select(TRACK).where(TRACK.TRACK_ID.le(300)).orderBy(TRACK.TRACK_ID.asc())
                .load(TRACK.ALBUM.then(ALBUM.ARTIST), LoadStrategy.JOIN).load(TRACK.GENRE, LoadStrategy.JOIN)
                .fetch().collectList().block(TIMEOUT);

        assertThat(recorder.count()).isEqualTo(1);
        assertThat(recorder.sql().get(0)).contains("LEFT JOIN");
        Map<Integer, String> artists = pairs("SELECT t.\"track_id\", ar.\"name\" FROM \"track\" t JOIN \"album\" a"
                + " ON a.\"album_id\" = t.\"album_id\" JOIN \"artist\" ar ON ar.\"artist_id\" = a.\"artist_id\"");
        Map<Integer, String> genres = pairs("SELECT t.\"track_id\", g.\"name\" FROM \"track\" t JOIN \"genre\" g"
                + " ON g.\"genre_id\" = t.\"genre_id\"");
        assertThat(tracks).hasSize(300).allSatisfy(track -> {
            assertThat(track.getAlbum().get().artist().get().name()).isEqualTo(artists.get(track.getTrackId()));
            assertThat(track.getGenre().get().name()).isEqualTo(genres.get(track.getTrackId()));
            assertThatThrownBy(() -> track.getMediaType().get()).isInstanceOf(UnloadedRelationshipException.class);
        });

        List<String> selectIn = qs.select(TRACK).where(TRACK.TRACK_ID.le(300)).orderBy(TRACK.TRACK_ID.asc())
                .load(TRACK.ALBUM).fetch().map(track -> track.getAlbum().get().title()).collectList().block(TIMEOUT);
        assertThat(tracks).extracting(track -> track.getAlbum().get().title()).containsExactlyElementsOf(selectIn);
    }

    @Test
    void aJoinedSelfReferenceWithoutATargetIsLoadedAsNone() {
        List<Employee> employees = qs.select(EMPLOYEE).orderBy(EMPLOYEE.EMPLOYEE_ID.asc())
                .load(EMPLOYEE.REPORTS_TO.then(EMPLOYEE.REPORTS_TO), LoadStrategy.JOIN).fetch().collectList()
                .block(TIMEOUT);
        assertThat(recorder.count()).isEqualTo(1);
        assertThat(employees).hasSize(8);
        assertThat(employees.get(0).getReportsTo().isLoaded()).isTrue();
        assertThat(employees.get(0).getReportsTo().find()).isEmpty();
        Employee third = employees.get(2);
        assertThat(third.getReportsTo().get().getLastName()).isEqualTo("Edwards");
        assertThat(third.getReportsTo().get().getReportsTo().get().getLastName()).isEqualTo("Adams");
    }

    @Test
    void conditionsAndCountsMayUseTheJoinedEntity() {
        var query = qs.select(TRACK).load(TRACK.ALBUM, LoadStrategy.JOIN).where(ALBUM.TITLE.eq("Let There Be Rock"));
        assertThat(query.fetch().map(track -> track.getAlbum().get().title()).collectList().block(TIMEOUT))
                .hasSize(8).containsOnly("Let There Be Rock");
        assertThat(query.count().block(TIMEOUT)).isEqualTo(8L);
    }

    @Test
    void joiningAToManyRelationshipIsAnErrorInTheStream() {
        StepVerifier.create(qs.select(ALBUM).load(ALBUM.TRACKS, LoadStrategy.JOIN).fetch())
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("to-one relationships only").hasMessageContaining("SELECT_IN"))
                .verify(TIMEOUT);
        assertThat(recorder.count()).isZero();
    }

    @Test
    void joinAndSelectInCombine() {
        List<Invoice> invoices = qs.select(INVOICE).where(INVOICE.INVOICE_ID.le(20)).orderBy(INVOICE.INVOICE_ID.asc())
                .load(INVOICE.CUSTOMER, LoadStrategy.JOIN).load(INVOICE.LINES.then(INVOICE_LINE.TRACK))
                .fetch().collectList().block(TIMEOUT);
        assertThat(recorder.count()).isEqualTo(3);
        Map<Integer, String> customers = pairs("SELECT i.\"invoice_id\", c.\"first_name\" FROM \"invoice\" i JOIN"
                + " \"customer\" c ON c.\"customer_id\" = i.\"customer_id\"");
        assertThat(invoices).hasSize(20).allSatisfy(invoice -> {
            assertThat(invoice.customer().get().firstName()).isEqualTo(customers.get(invoice.invoiceId()));
            assertThat(invoice.lines().get()).isNotEmpty().allSatisfy(line -> assertThat(line.track().get()).isNotNull());
        });
    }

    @Test
    void aRelationshipOfAMutableEntityInHandIsLoadedIntoIt() {
        Track track = qs.select(TRACK).where(TRACK.TRACK_ID.eq(1)).one().block(TIMEOUT);
        assertThat(track.getAlbum().isLoaded()).isFalse();
        recorder.reset();

        Track loaded = qs.load(track, TRACK.ALBUM.then(ALBUM.ARTIST)).block(TIMEOUT);

        assertThat(loaded).isSameAs(track);
        assertThat(loaded.getAlbum().get().title()).isEqualTo("For Those About To Rock We Salute You");
        assertThat(loaded.getAlbum().get().artist().get().name()).isEqualTo("AC/DC");
        assertThat(recorder.count()).isEqualTo(2);
    }

    @Test
    void aRecordInHandIsCopiedWithTheRelationshipAndAListLoadsInOneStatementInOrder() {
        Album album = qs.select(ALBUM).where(ALBUM.ALBUM_ID.eq(4)).one().block(TIMEOUT);
        Album withTracks = qs.load(album, ALBUM.TRACKS).block(TIMEOUT);
        assertThat(withTracks).isNotSameAs(album);
        assertThat(album.tracks().isLoaded()).isFalse();
        assertThat((long) withTracks.tracks().get().size())
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"album_id\" = 4"));

        List<Invoice> invoices = qs.select(INVOICE).where(INVOICE.INVOICE_ID.le(30)).orderBy(INVOICE.INVOICE_ID.desc())
                .fetch().collectList().block(TIMEOUT);
        recorder.reset();
        List<Invoice> loaded = qs.loadAll(invoices, INVOICE.LINES).collectList().block(TIMEOUT);
        assertThat(recorder.count()).isEqualTo(1);
        assertThat(loaded).extracting(Invoice::invoiceId).containsExactlyElementsOf(
                invoices.stream().map(Invoice::invoiceId).toList());
        assertThat(loaded.stream().mapToLong(invoice -> invoice.lines().get().size()).sum())
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"invoice_line\" WHERE \"invoice_id\" <= 30"));
        assertThat(qs.loadAll(List.<Invoice>of(), INVOICE.LINES).collectList().block(TIMEOUT)).isEmpty();
    }
}
