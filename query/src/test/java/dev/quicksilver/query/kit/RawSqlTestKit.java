package dev.quicksilver.query.kit;

import static dev.quicksilver.mapping.chinook.Track_.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.query.NonUniqueResultException;
import dev.quicksilver.query.ResultMappingException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * Raw SQL read as entities, records and single values: columns matched by name once per result
 * shape, a missing column an error in the stream naming it.
 */
public abstract class RawSqlTestKit extends ChinookTestKit {

    /** A row the builder cannot express: a track with its album's title. */
    public record TrackWithAlbum(int trackId, String name, BigDecimal unitPrice, String albumTitle) {
    }

    /** An aggregate per album. */
    public record AlbumLength(String title, long tracks, Long longest) {
    }

    @Test
    void anEntityIsReadByColumnNameInAnyOrderAndEqualsTheBuildersEntity() {
        List<Track> raw = qs.sql("SELECT \"unit_price\", \"bytes\", \"milliseconds\", \"composer\", \"genre_id\","
                        + " \"media_type_id\", \"album_id\", \"name\", \"track_id\", 42 AS \"extra\" FROM \"track\""
                        + " WHERE \"album_id\" = :album ORDER BY \"track_id\"", Track.class)
                .bind("album", 1).fetch().collectList().block(TIMEOUT);
        List<Track> built = qs.select(TRACK).where(TRACK.TRACK_ID.in(raw.stream().map(Track::getTrackId).toList()))
                .orderBy(TRACK.TRACK_ID.asc()).fetch().collectList().block(TIMEOUT);

        assertThat(raw).hasSize(10).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(built);
        assertThat(raw.get(0).getAlbum().key()).isEqualTo(1);
        assertThat(raw.get(0).getAlbum().isLoaded()).isFalse();
    }

    @Test
    void aRecordIsReadByComponentNamesThroughTheNamingStrategy() {
        List<TrackWithAlbum> rows = qs.sql("SELECT a.\"title\" AS \"album_title\", t.\"name\", t.\"track_id\","
                + " t.\"unit_price\" FROM \"track\" t JOIN \"album\" a ON a.\"album_id\" = t.\"album_id\""
                + " WHERE t.\"track_id\" <= :last ORDER BY t.\"track_id\"", TrackWithAlbum.class)
                .bind("last", 3).fetch().collectList().block(TIMEOUT);
        assertThat(rows).containsExactly(
                new TrackWithAlbum(1, "For Those About To Rock (We Salute You)", new BigDecimal("0.99"),
                        "For Those About To Rock We Salute You"),
                new TrackWithAlbum(2, "Balls to the Wall", new BigDecimal("0.99"), "Balls to the Wall"),
                new TrackWithAlbum(3, "Fast As a Shark", new BigDecimal("0.99"), "Restless and Wild"));

        AlbumLength longest = qs.sql("SELECT a.\"title\", COUNT(*) AS \"tracks\", MAX(t.\"milliseconds\") AS"
                + " \"longest\" FROM \"album\" a JOIN \"track\" t ON t.\"album_id\" = a.\"album_id\" GROUP BY a.\"title\""
                + " ORDER BY COUNT(*) DESC, a.\"title\" LIMIT 1", AlbumLength.class).one().block(TIMEOUT);
        assertThat(longest.title()).isEqualTo("Greatest Hits");
        assertThat(longest.tracks()).isEqualTo(57L);
        assertThat(longest.longest()).isPositive();
    }

    @Test
    void aSingleColumnIsReadAsAPlainType() {
        assertThat(qs.sql("SELECT COUNT(*) FROM \"track\" WHERE \"milliseconds\" > :ms", Long.class)
                .bind("ms", 300_000).one().block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"milliseconds\" > 300000"));
        // numbers are converted to the type asked for: COUNT(*) is a BIGINT, read here as an Integer
        assertThat(qs.sql("SELECT COUNT(*) FROM \"genre\"", Integer.class).one().block(TIMEOUT)).isEqualTo(25);
        assertThat(qs.sql("SELECT \"name\" FROM \"genre\" WHERE \"genre_id\" <= 2 ORDER BY \"genre_id\"", String.class)
                .fetch().collectList().block(TIMEOUT)).containsExactly("Rock", "Jazz");
    }

    @Test
    void aMissingColumnOrSeveralRowsForOneAreErrorsInTheStream() {
        StepVerifier.create(qs.sql("SELECT \"track_id\", \"name\" FROM \"track\"", Track.class).fetch())
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ResultMappingException.class)
                        .hasMessageContaining("\"album_id\"").hasMessageContaining("Track"))
                .verify(TIMEOUT);
        StepVerifier.create(qs.sql("SELECT \"track_id\", \"name\", \"unit_price\" FROM \"track\"", TrackWithAlbum.class)
                        .fetch())
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ResultMappingException.class)
                        .hasMessageContaining("\"album_title\"").hasMessageContaining("TrackWithAlbum.albumTitle"))
                .verify(TIMEOUT);
        StepVerifier.create(qs.sql("SELECT \"name\" FROM \"genre\"", String.class).one())
                .expectError(NonUniqueResultException.class).verify(TIMEOUT);
    }
}
