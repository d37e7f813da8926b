package dev.quicksilver.mapping.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.core.Sql;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.exception.QuicksilverException;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.annotation.EnumStorage;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.metadata.TableName;
import dev.quicksilver.mapping.types.Mood;
import dev.quicksilver.mapping.types.MoodEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@code @Enumerated(EnumStorage.NATIVE)} properties in a schema created by {@link SchemaDdl}: every
 * label and NULL written and read back, on every dialect. Where the dialect has named enum types
 * (PostgreSQL) the column is of the enum type, so a value is written as text cast to that type
 * ({@code CAST($1 AS "mood")}: the driver sends a String as {@code varchar}, which PostgreSQL does not
 * assign to an enum column) and a label outside the enum is refused; elsewhere (H2) the column is text
 * and the value is bound as it is. The rule for the parameter — cast where
 * {@link Dialect#supportsEnumTypes()} — is the one statements written by the query layer follow.
 */
public abstract class NativeEnumTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final MappingContext MAPPING = MappingContext.standard();
    private static final EntityMetadata<MoodEntry> METADATA = MAPPING.entity(MoodEntry.class);

    @Test
    void metadataNamesTheNativeType() {
        assertThat(METADATA.columnOfProperty("mood").orElseThrow().nativeEnumType()).isEqualTo("mood");
        assertThat(METADATA.columnOfProperty("feeling").orElseThrow().nativeEnumType()).isEqualTo("feeling");
        assertThat(METADATA.columnOfProperty("mood").orElseThrow().enumStorage()).isEqualTo(EnumStorage.NATIVE);
    }

    @Test
    void everyLabelAndNullRoundTrip() {
        SchemaDdl ddl = SchemaDdl.of(MAPPING, db.dialect());
        execute(ddl.create(List.of(MoodEntry.class)).toArray(String[]::new));
        List<MoodEntry> written = new ArrayList<>();
        long id = 0;
        for (Mood mood : Mood.values()) {
            written.add(new MoodEntry(++id, mood, Mood.values()[(mood.ordinal() + 1) % Mood.values().length]));
        }
        written.add(new MoodEntry(++id, null, Mood.CALM));
        written.add(new MoodEntry(++id, Mood.RESTLESS, null));
        written.forEach(this::insert);

        assertThat(db.sql("SELECT \"id\", \"mood\", \"feeling\" FROM \"mood_entry\" ORDER BY \"id\"")
                .map(row -> new MoodEntry(row.get(0, Long.class), mood(row.get(1, String.class)),
                        mood(row.get(2, String.class)))).collectList().block(TIMEOUT)).isEqualTo(written);
        // a filter compares with a parameter the same way
        Sql byMood = db.sql("SELECT \"id\" FROM \"mood_entry\" WHERE \"mood\" = " + parameter("mood", ":mood"))
                .bind("mood", Mood.CURIOUS.name());
        assertThat(byMood.map(row -> row.get(0, Long.class)).collectList().block(TIMEOUT)).containsExactly(2L);
    }

    @Test
    void anEnumTypeRefusesOtherLabels() {
        execute(SchemaDdl.of(MAPPING, db.dialect()).create(List.of(MoodEntry.class)).toArray(String[]::new));
        Sql insert = db.sql("INSERT INTO \"mood_entry\" (\"id\", \"mood\") VALUES (1, " + parameter("mood", ":mood") + ")")
                .bind("mood", "GRUMPY");
        if (db.dialect().supportsEnumTypes()) {
            assertThatThrownBy(() -> insert.rowsUpdated().block(TIMEOUT)).isInstanceOf(QuicksilverException.class)
                    .hasMessageContaining("GRUMPY");
        } else {
            assertThat(insert.rowsUpdated().block(TIMEOUT)).isOne();
        }
    }

    @Test
    void dropRemovesTheEnumTypesSoTheSchemaCanBeCreatedAgain() {
        SchemaDdl ddl = SchemaDdl.of(MAPPING, db.dialect());
        execute(ddl.create(List.of(MoodEntry.class)).toArray(String[]::new));
        execute(ddl.drop(List.of(MoodEntry.class)).toArray(String[]::new));
        execute(ddl.create(List.of(MoodEntry.class)).toArray(String[]::new));
        insert(new MoodEntry(1, Mood.CALM, Mood.CALM));
        assertThat(count("\"mood_entry\"")).isOne();
    }

    private void insert(MoodEntry entry) {
        Sql insert = db.sql("INSERT INTO \"mood_entry\" (\"id\", \"mood\", \"feeling\") VALUES (:id, "
                + parameter("mood", ":mood") + ", " + parameter("feeling", ":feeling") + ")").bind("id", entry.id());
        insert = entry.mood() == null ? insert.bindNull("mood", String.class) : insert.bind("mood", entry.mood().name());
        insert = entry.feeling() == null ? insert.bindNull("feeling", String.class)
                : insert.bind("feeling", entry.feeling().name());
        assertThat(insert.rowsUpdated().block(TIMEOUT)).isOne();
    }

    /** The bind marker, cast to the column's enum type where the dialect has named enum types. */
    private String parameter(String property, String marker) {
        ColumnMetadata column = METADATA.columnOfProperty(property).orElseThrow();
        String type = column.nativeEnumType();
        Dialect dialect = db.dialect();
        return type != null && dialect.supportsEnumTypes()
                ? "CAST(" + marker + " AS " + new TableName(METADATA.table().schema(), type).render(dialect) + ")"
                : marker;
    }

    private static @Nullable Mood mood(@Nullable String name) {
        return name == null ? null : Arrays.stream(Mood.values()).filter(mood -> mood.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("not a Mood: " + name));
    }
}
