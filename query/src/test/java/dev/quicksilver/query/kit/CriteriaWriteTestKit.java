package dev.quicksilver.query.kit;

import static dev.quicksilver.mapping.chinook.Album_.ALBUM;
import static dev.quicksilver.mapping.chinook.Artist_.ARTIST;
import static dev.quicksilver.mapping.chinook.Genre_.GENRE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.exception.ForeignKeyViolationException;
import dev.quicksilver.core.exception.UniqueViolationException;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.chinook.Album;
import dev.quicksilver.mapping.chinook.Artist;
import dev.quicksilver.mapping.chinook.Genre;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import dev.quicksilver.query.Quicksilver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Inserts, upserts, updates and deletes by criteria, with their errors as values and nothing half done. */
public abstract class CriteriaWriteTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private Quicksilver qs;

    @BeforeEach
    void createTables() {
        qs = Quicksilver.of(db);
        execute(SchemaDdl.of(MappingContext.standard(), db.dialect()).create(List.of(Artist.class, Album.class,
                Genre.class)).toArray(String[]::new));
        for (int id = 1; id <= 3; id++) {
            assertThat(qs.insertInto(ARTIST).value(ARTIST.ARTIST_ID, id).value(ARTIST.NAME, "Artist " + id).execute()
                    .block(TIMEOUT)).isOne();
        }
        qs.insertInto(ALBUM).value(ALBUM.ALBUM_ID, 10).value(ALBUM.TITLE, "First").value(ALBUM.column("artist",
                Integer.class), 1).execute().block(TIMEOUT);
        recorder.reset();
    }

    private List<String> artistNames() {
        return qs.select(ARTIST).orderBy(ARTIST.ARTIST_ID.asc()).fetch().map(Artist::name).collectList().block(TIMEOUT);
    }

    @Test
    void updatesSetValuesAndExpressionsOnTheMatchingRowsOnly() {
        assertThat(qs.update(ARTIST).set(ARTIST.NAME, "Renamed").where(ARTIST.ARTIST_ID.ge(2)).execute()
                .block(TIMEOUT)).isEqualTo(2L);
        assertThat(artistNames()).containsExactly("Artist 1", "Renamed", "Renamed");
        qs.update(ARTIST).set(ARTIST.NAME, (String) null).where(ARTIST.ARTIST_ID.eq(3)).execute().block(TIMEOUT);
        assertThat(qs.select(ARTIST).where(ARTIST.NAME.isNull()).count().block(TIMEOUT)).isOne();
        // a NOT NULL column set to NULL: the database refuses, the row keeps its value
        StepVerifier.create(qs.update(ALBUM).set(ALBUM.TITLE, (String) null).where(ALBUM.ALBUM_ID.eq(10)).execute())
                .expectError(dev.quicksilver.core.exception.NotNullViolationException.class).verify(TIMEOUT);
        assertThat(qs.select(ALBUM).one().map(Album::title).block(TIMEOUT)).isEqualTo("First");
        assertThat(recorder.sql().get(0)).startsWith("UPDATE ").doesNotContain("Renamed");
    }

    @Test
    void aColumnCanBeSetFromAnotherColumnOfTheSameRow() {
        qs.update(ALBUM).set(ALBUM.TITLE, ALBUM.TITLE).where(ALBUM.ALBUM_ID.eq(10)).execute().block(TIMEOUT);
        assertThat(qs.select(ALBUM).one().map(Album::title).block(TIMEOUT)).isEqualTo("First");
    }

    @Test
    void anUpdateComputesFromTheRowsOwnValues() {
        // key = key + :n, the shape of "qty = qty - :n"
        assertThat(qs.update(ALBUM).set(ALBUM.ALBUM_ID, ALBUM.ALBUM_ID.plus(5)).where(ALBUM.TITLE.eq("First"))
                .execute().block(TIMEOUT)).isOne();
        assertThat(qs.select(ALBUM).one().map(Album::albumId).block(TIMEOUT)).isEqualTo(15);
        assertThat(recorder.sql().get(0)).doesNotContain("5 ").contains("+");
    }

    @Test
    void anInsertTakesItsRowsFromAQuery() {
        assertThat(qs.insertInto(GENRE).select(List.of(GENRE.GENRE_ID, GENRE.NAME),
                        qs.select(ARTIST.ARTIST_ID.plus(100), ARTIST.NAME).from(ARTIST).where(ARTIST.ARTIST_ID.le(2)))
                .execute().block(TIMEOUT)).isEqualTo(2L);
        assertThat(qs.select(GENRE).orderBy(GENRE.GENRE_ID.asc()).fetch().map(genre -> genre.genreId() + " " + genre.name())
                .collectList().block(TIMEOUT)).containsExactly("101 Artist 1", "102 Artist 2");
        StepVerifier.create(qs.insertInto(GENRE).value(GENRE.NAME, "x").select(List.of(GENRE.GENRE_ID),
                        qs.select(ARTIST.ARTIST_ID).from(ARTIST)).execute())
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("from the query alone"))
                .verify(TIMEOUT);
    }

    @Test
    void withoutAConditionNothingRunsUnlessEveryRowIsMeant() {
        StepVerifier.create(qs.update(ARTIST).set(ARTIST.NAME, "All").execute())
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("would change every row").hasMessageContaining("all()"))
                .verify(TIMEOUT);
        StepVerifier.create(qs.delete(ARTIST).execute()).expectError(IllegalStateException.class).verify(TIMEOUT);
        assertThat(recorder.count()).isZero();
        assertThat(qs.update(ARTIST).set(ARTIST.NAME, "All").all().execute().block(TIMEOUT)).isEqualTo(3L);
    }

    @Test
    void deletesByCriteriaAndAForeignKeyErrorLeavesEverythingInPlace() {
        assertThat(qs.delete(ARTIST).where(ARTIST.NAME.eq("Artist 3")).execute().block(TIMEOUT)).isOne();
        StepVerifier.create(qs.delete(ARTIST).where(ARTIST.ARTIST_ID.le(2)).execute())
                .expectError(ForeignKeyViolationException.class).verify(TIMEOUT);
        assertThat(artistNames()).containsExactly("Artist 1", "Artist 2");
    }

    @Test
    void anUpsertInsertsThenUpdatesOrLeavesTheRow() {
        assertThat(qs.insertInto(GENRE).value(GENRE.GENRE_ID, 1).value(GENRE.NAME, "Rock")
                .onConflict(List.of(GENRE.GENRE_ID)).doUpdate(List.of(GENRE.NAME)).execute().block(TIMEOUT)).isOne();
        assertThat(qs.insertInto(GENRE).value(GENRE.GENRE_ID, 1).value(GENRE.NAME, "Rock 'n' Roll")
                .onConflict(List.of(GENRE.GENRE_ID)).doUpdate(List.of(GENRE.NAME)).execute().block(TIMEOUT)).isOne();
        qs.insertInto(GENRE).value(GENRE.GENRE_ID, 1).value(GENRE.NAME, "Ignored").onConflict(List.of(GENRE.GENRE_ID))
                .doNothing().execute().block(TIMEOUT);
        assertThat(qs.select(GENRE).fetch().map(Genre::name).collectList().block(TIMEOUT)).containsExactly("Rock 'n' Roll");
        StepVerifier.create(qs.insertInto(GENRE).value(GENRE.GENRE_ID, 1).value(GENRE.NAME, "Again").execute())
                .expectError(UniqueViolationException.class).verify(TIMEOUT);
        StepVerifier.create(qs.insertInto(GENRE).value(GENRE.NAME, "No key").onConflict(List.of(GENRE.GENRE_ID))
                        .doNothing().execute())
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("gives it no value"))
                .verify(TIMEOUT);
    }
}
