package dev.quicksilver.query.kit;

import static dev.quicksilver.mapping.chinook.Artist_.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.observation.RecordedStatement;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.chinook.Artist;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import dev.quicksilver.mapping.model.Condition;
import dev.quicksilver.query.Quicksilver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * User strings full of SQL metacharacters, used in every kind of predicate, are matched literally and
 * never change the SQL text: each reaches the database as a bound parameter, and contains/startsWith/
 * endsWith escape LIKE's wildcards.
 */
public abstract class LiteralMatchingTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Names that would break or widen a query if spliced into SQL or into a LIKE pattern. */
    static List<String> hostile() {
        return List.of("O'Brien", "100% Pure", "under_score", "back\\slash", "x'; DROP TABLE \"artist\"; --",
                "\"quoted\"", "%", "_", "\\", "'", "it''s", "a%b_c\\d", "Ünïcødé ☃ 'ok'", "semi;colon", ":p1");
    }

    private Quicksilver qs;

    @BeforeEach
    void createArtists() {
        qs = Quicksilver.of(db);
        execute(SchemaDdl.of(MappingContext.standard(), db.dialect()).create(List.of(Artist.class)).toArray(String[]::new));
        List<String> names = new ArrayList<>(hostile());
        // decoys that a wildcard or a broken escape would also match
        names.addAll(List.of("100X Pure", "underXscore", "backslash", "aXbYc\\d", "O''Brien"));
        for (int i = 0; i < names.size(); i++) {
            db.sql("INSERT INTO \"artist\" (\"artist_id\", \"name\") VALUES (:id, :name)").bind("id", i + 1)
                    .bind("name", names.get(i)).rowsUpdated().block(TIMEOUT);
        }
        recorder.reset();
    }

    private List<String> names(Condition condition) {
        return qs.select(ARTIST).where(condition).orderBy(ARTIST.ARTIST_ID.asc()).fetch().map(Artist::name)
                .collectList().block(TIMEOUT);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void everyPredicateMatchesTheStringLiterally(String name) {
        Map<String, Function<String, Condition>> exact = Map.of(
                "eq", ARTIST.NAME::eq,
                "in", value -> ARTIST.NAME.in(List.of(value, "no such artist")),
                "between", value -> ARTIST.NAME.between(value, value),
                "contains-whole", value -> ARTIST.NAME.contains(value).and(ARTIST.NAME.eq(value)),
                "like-escaped", value -> ARTIST.NAME.like(dev.quicksilver.mapping.model.Like.escape(value)));
        for (Map.Entry<String, Function<String, Condition>> predicate : exact.entrySet()) {
            assertThat(names(predicate.getValue().apply(name))).as(predicate.getKey()).containsExactly(name);
        }
        assertThat(names(ARTIST.NAME.startsWith(name))).as("startsWith").allMatch(found -> found.startsWith(name))
                .contains(name);
        assertThat(names(ARTIST.NAME.endsWith(name))).as("endsWith").allMatch(found -> found.endsWith(name))
                .contains(name);
        assertThat(names(ARTIST.NAME.contains(name))).as("contains").allMatch(found -> found.contains(name))
                .contains(name);
        assertThat(names(ARTIST.NAME.ne(name))).as("ne").doesNotContain(name).hasSize(19);
        assertThat(qs.select(ARTIST).count().block(TIMEOUT)).as("the table is intact").isEqualTo(20L);

        for (RecordedStatement statement : recorder.statements()) {
            assertThat(statement.sql()).doesNotContain(name.length() > 2 ? name : "\u0000never");
        }
        // the same predicate kind renders one text whatever the value
        String eqText = qs.select(ARTIST).where(ARTIST.NAME.eq(name)).sql();
        assertThat(qs.select(ARTIST).where(ARTIST.NAME.eq("plain")).sql()).isEqualTo(eqText);
        String containsText = qs.select(ARTIST).where(ARTIST.NAME.contains(name)).sql();
        assertThat(qs.select(ARTIST).where(ARTIST.NAME.contains("plain")).sql()).isEqualTo(containsText);
    }
}
