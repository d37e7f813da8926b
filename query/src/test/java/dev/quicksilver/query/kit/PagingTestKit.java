package dev.quicksilver.query.kit;

import static dev.quicksilver.mapping.chinook.Album_.ALBUM;
import static dev.quicksilver.mapping.chinook.Genre_.GENRE;
import static dev.quicksilver.mapping.chinook.Track_.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.mapping.chinook.Album;
import dev.quicksilver.mapping.chinook.Genre;
import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.query.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * Keyset paging (a page after a row, and a walk over every row a page per statement) and offset
 * paging with a total, each checked against hand-written SQL on the same database.
 */
public abstract class PagingTestKit extends ChinookTestKit {

    private List<Integer> ids(String sql) {
        return db.sql(sql).map(row -> row.get(0, Integer.class)).collectList().block(TIMEOUT);
    }

    @Test
    void aKeysetWalkOverEveryTrackIsTheOrderedTableAPagePerStatementHoldingNoConnectionBetween() {
        List<Integer> expected = ids("SELECT \"track_id\" FROM \"track\" ORDER BY \"name\", \"track_id\"");
        recorder.reset();
        List<Integer> statementsAtPage = new ArrayList<>();
        List<Integer> acquiredAtPage = new ArrayList<>();

        List<Integer> walked = qs.select(TRACK).orderBy(TRACK.NAME.asc()).pages(500)
                .doOnNext(page -> {
                    statementsAtPage.add(recorder.count());
                    acquiredAtPage.add(db.poolStats().orElseThrow().acquired());
                })
                .flatMapIterable(page -> page).map(Track::getTrackId).collectList().block(TIMEOUT);

        assertThat(walked).hasSize(3503).containsExactlyElementsOf(expected);
        // 7 full pages and one of 3 rows: 8 statements, each finished (connection back in the pool) before the next began
        assertThat(recorder.count()).isEqualTo(8);
        assertThat(statementsAtPage).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(acquiredAtPage).containsOnly(0);
        // the first page has no seek condition; every later page shares one text, values bound
        assertThat(recorder.sql().stream().distinct()).hasSize(2);
        assertThat(recorder.sql().get(1)).contains(" OR ").doesNotContain("'");
    }

    @Test
    void fetchInPagesAgreesWithADescendingOrderAndAnEvenLastPage() {
        List<Integer> expected = ids("SELECT \"track_id\" FROM \"track\" WHERE \"track_id\" <= 3000"
                + " ORDER BY \"milliseconds\" DESC, \"track_id\"");
        recorder.reset();
        assertThat(qs.select(TRACK).where(TRACK.TRACK_ID.le(3000)).orderBy(TRACK.MILLISECONDS.desc())
                .fetchInPages(1000).map(Track::getTrackId).collectList().block(TIMEOUT))
                .containsExactlyElementsOf(expected);
        // three full pages, then an empty one that ends the walk
        assertThat(recorder.count()).isEqualTo(4);
    }

    @Test
    void aPageAfterAGivenTrackContinuesTheOrder() {
        List<Integer> ordered = ids("SELECT \"track_id\" FROM \"track\" ORDER BY \"name\", \"track_id\"");
        Track pivot = qs.select(TRACK).where(TRACK.TRACK_ID.eq(1000)).one().block(TIMEOUT);
        int at = ordered.indexOf(1000);

        List<Integer> next = qs.select(TRACK).orderBy(TRACK.NAME.asc()).after(pivot).limit(10).fetch()
                .map(Track::getTrackId).collectList().block(TIMEOUT);

        assertThat(next).containsExactlyElementsOf(ordered.subList(at + 1, at + 11));
        assertThat(qs.select(TRACK).orderBy(TRACK.NAME.asc()).after(pivot).count().block(TIMEOUT))
                .isEqualTo(3503L - at - 1);
    }

    @Test
    void keysetPagingRefusesNullableKeysAndPagesWithALimitAsErrorsInTheStream() {
        Track any = qs.select(TRACK).first().block(TIMEOUT);
        StepVerifier.create(qs.select(TRACK).orderBy(TRACK.COMPOSER.asc()).after(any).fetch())
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("nullable").hasMessageContaining("composer"))
                .verify(TIMEOUT);
        StepVerifier.create(qs.select(TRACK).limit(10).pages(5))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("limit() or offset()"))
                .verify(TIMEOUT);
    }

    @Test
    void pagesRunInsideATransactionAndLoadRelationshipsPerPage() {
        List<List<Genre>> pages = db.transactional(qs.select(GENRE).pages(10).collectList()).block(TIMEOUT);
        assertThat(pages).extracting(List::size).containsExactly(10, 10, 5);

        recorder.reset();
        List<Album> albums = qs.select(ALBUM).orderBy(ALBUM.TITLE.asc()).load(ALBUM.ARTIST).fetchInPages(100)
                .collectList().block(TIMEOUT);
        assertThat(albums).hasSize(347).allSatisfy(album -> assertThat(album.artist().get().name()).isNotNull());
        assertThat(recorder.count()).isEqualTo(4 * 2);
    }

    @Test
    void anOffsetPageCarriesTheTotalAndSkipsTheCountOnTheLastPage() {
        Page<Track> page = qs.select(TRACK).orderBy(TRACK.NAME.asc(), TRACK.TRACK_ID.asc()).page(3, 50).block(TIMEOUT);
        assertThat(page.content()).extracting(Track::getTrackId).containsExactlyElementsOf(ids(
                "SELECT \"track_id\" FROM \"track\" ORDER BY \"name\", \"track_id\" LIMIT 50 OFFSET 150"));
        assertThat(page.total()).isEqualTo(3503L);
        assertThat(page.totalPages()).isEqualTo(71L);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.hasPrevious()).isTrue();
        assertThat(recorder.count()).isEqualTo(2 + 1);

        recorder.reset();
        Page<Track> last = qs.select(TRACK).orderBy(TRACK.TRACK_ID.asc()).page(70, 50).block(TIMEOUT);
        assertThat(last.content()).extracting(Track::getTrackId).containsExactly(3501, 3502, 3503);
        assertThat(last.total()).isEqualTo(3503L);
        assertThat(last.hasNext()).isFalse();
        assertThat(recorder.count()).isEqualTo(1);

        Page<Track> beyond = qs.select(TRACK).orderBy(TRACK.TRACK_ID.asc()).page(100, 50).block(TIMEOUT);
        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3503L);

        Page<Track> filtered = qs.select(TRACK).where(TRACK.MILLISECONDS.gt(300_000)).orderBy(TRACK.TRACK_ID.asc())
                .limit(3).page(1, 20).block(TIMEOUT);
        assertThat(filtered.total()).isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"milliseconds\" > 300000"));
        assertThat(filtered.content()).hasSize(20);
    }
}
