package dev.quicksilver.migrations.autogenerate.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.core.testkit.IsolatedDatabase;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.chinook.Album;
import dev.quicksilver.mapping.chinook.Artist;
import dev.quicksilver.mapping.chinook.Customer;
import dev.quicksilver.mapping.chinook.Employee;
import dev.quicksilver.mapping.chinook.Genre;
import dev.quicksilver.mapping.chinook.Invoice;
import dev.quicksilver.mapping.chinook.InvoiceLine;
import dev.quicksilver.mapping.chinook.MediaType;
import dev.quicksilver.mapping.chinook.Playlist;
import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.mapping.ddl.CompositeKeySamples;
import dev.quicksilver.mapping.ddl.DdlSamples;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import dev.quicksilver.mapping.types.TypedRecord;
import dev.quicksilver.migrations.autogenerate.Autogenerate;
import dev.quicksilver.migrations.autogenerate.AutogenerateException;
import dev.quicksilver.migrations.autogenerate.AutogenerateOptions;
import dev.quicksilver.migrations.autogenerate.Catalog;
import dev.quicksilver.migrations.autogenerate.ColumnSchema;
import dev.quicksilver.migrations.autogenerate.Finding;
import dev.quicksilver.migrations.autogenerate.Report;
import dev.quicksilver.migrations.autogenerate.SchemaChange;
import dev.quicksilver.migrations.autogenerate.SchemaDiff;
import dev.quicksilver.migrations.autogenerate.SchemaReader;
import dev.quicksilver.mapping.MappingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

/**
 * Autogenerate against a real database: the Chinook schema generated on an empty database and applied
 * reads back exactly as the schema {@code SchemaDdl} creates; a field added to an entity is exactly one
 * {@code ADD COLUMN}; a renamed field is flagged, never dropped; every DDL feature mapping renders reads
 * back without a difference; failures are errors in the stream.
 */
public abstract class AutogenerateTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The Chinook entities. */
    protected static final List<Class<?>> CHINOOK = List.of(Album.class, Artist.class, Customer.class,
            Employee.class, Genre.class, Invoice.class, InvoiceLine.class, MediaType.class, Playlist.class,
            Track.class);

    @TempDir
    Path migrations;

    private Autogenerate autogenerate(List<Class<?>> entities) {
        return Autogenerate.of(db, MappingContext.standard(), entities);
    }

    @Test
    void chinookOnAnEmptyDatabaseBecomesTheChinookSchema() throws IOException {
        Autogenerate autogenerate = autogenerate(CHINOOK);
        Report before = autogenerate.check().block(TIMEOUT);
        assertThat(before.differs()).isTrue();
        assertThat(before.diff().changes()).filteredOn(SchemaChange.CreateTable.class::isInstance).hasSize(11);
        assertThat(before.diff().findings()).isEmpty();

        Path file = autogenerate.writeMigration(migrations, null, "chinook schema").block(TIMEOUT);
        assertThat(file.getFileName()).hasToString("V1__chinook_schema.sql");
        String script = Files.readString(file);
        assertThat(script).startsWith("-- chinook schema\n").contains("Nothing flagged for review.");
        apply(script);

        Catalog applied = SchemaReader.of(db).read().block(TIMEOUT);
        Catalog reference = catalogCreatedBySchemaDdl(CHINOOK);
        assertThat(applied.tables()).hasSize(11);
        assertThat(applied.tables()).isEqualTo(reference.tables());
        assertThat(SchemaDiff.between(reference, applied,
                AutogenerateOptions.defaults()).isEmpty()).isTrue();
        assertThat(autogenerate.check().block(TIMEOUT).differs()).isFalse();

        // the next candidate, with nothing to do, is version 2
        Path next = autogenerate.writeMigration(migrations, null, "nothing").block(TIMEOUT);
        assertThat(next.getFileName()).hasToString("V2__nothing.sql");
        assertThat(Files.readString(next)).contains("-- Changes (0):");
    }

    @Test
    void sequencesEnumTypesAndEveryConstraintKindAreCreatedOnAnEmptyDatabase() {
        Autogenerate autogenerate = autogenerate(DdlSamples.ENTITIES);
        apply(autogenerate.script("samples").block(TIMEOUT));

        Catalog applied = SchemaReader.of(db).read().block(TIMEOUT);
        Catalog reference = catalogCreatedBySchemaDdl(DdlSamples.ENTITIES);
        assertThat(applied.tables()).isEqualTo(reference.tables());
        assertThat(applied.sequences()).isEqualTo(reference.sequences()).containsExactly("orders_order_id_seq");
        assertThat(applied.enumTypes()).isEqualTo(reference.enumTypes());
        assertThat(autogenerate.check().block(TIMEOUT).differs()).isFalse();
    }

    @Test
    void anAddedFieldIsExactlyOneAddColumn() throws IOException {
        apply(autogenerate(List.of(Gadgets.Gadget.class)).script("gadget").block(TIMEOUT));
        Autogenerate next = autogenerate(List.of(Gadgets.GadgetV2.class));

        Report before = next.check().block(TIMEOUT);
        assertThat(before.differs()).isTrue();
        assertThat(before.diff().changes()).containsExactly(new SchemaChange.AddColumn("gadget",
                ColumnSchema.of("weight", "integer", true), null));
        assertThat(next.statements(before.diff()))
                .containsExactly("ALTER TABLE \"gadget\" ADD COLUMN \"weight\" integer");

        Path file = next.writeMigration(migrations, "7", "add gadget weight").block(TIMEOUT);
        assertThat(file.getFileName()).hasToString("V7__add_gadget_weight.sql");
        apply(Files.readString(file));
        assertThat(next.check().block(TIMEOUT).differs()).isFalse();
        assertThat(autogenerate(List.of(Gadgets.Gadget.class)).diff().block(TIMEOUT).changes())
                .containsExactly(new SchemaChange.DropColumn("gadget", "weight"));
    }

    @Test
    void columnsConstraintsAndIndexesAreAlteredBothWays() {
        apply(autogenerate(List.of(Gadgets.GadgetV2.class)).script("gadget").block(TIMEOUT));
        execute("INSERT INTO \"gadget\" (\"gadget_id\", \"label\", \"weight\") VALUES (1, 'lamp', 3)");
        Autogenerate reshaped = autogenerate(List.of(Gadgets.GadgetReshaped.class, Gadgets.Maker.class));

        SchemaDiff forward = reshaped.diff().block(TIMEOUT);
        assertThat(forward.changes()).extracting(SchemaChange::description).containsExactly(
                "create table maker",
                "add column gadget.maker_id integer",
                "alter column gadget.label type varchar(40) -> varchar(80)",
                "set default on gadget.label to 'none' (was null)",
                "set not null on gadget.label",
                "add unique constraint gadget_label_weight_key on gadget [label, weight]",
                "add check constraint gadget_weight_check on gadget",
                "add foreign key gadget_maker_id_fkey on gadget [maker_id] -> maker [maker_id]",
                "create index gadget_weight_idx on gadget [weight]",
                "create index gadget_maker_id_idx on gadget [maker_id]");
        apply(reshaped.script("reshape").block(TIMEOUT));
        assertThat(reshaped.check().block(TIMEOUT).differs()).isFalse();
        assertThat(count("\"gadget\"")).isOne();

        // and back: what the reshaped model added is dropped again (the maker table only when allowed)
        Autogenerate back = Autogenerate.of(db, MappingContext.standard(), List.of(Gadgets.GadgetV2.class),
                AutogenerateOptions.builder().allowDropTables(true).build());
        SchemaDiff backward = back.diff().block(TIMEOUT);
        assertThat(backward.changes()).extracting(SchemaChange::description).containsExactlyInAnyOrder(
                "drop foreign key gadget_maker_id_fkey on gadget",
                "drop unique constraint gadget_label_weight_key on gadget",
                "drop check constraint gadget_weight_check on gadget",
                "drop index gadget_weight_idx on gadget",
                "drop index gadget_maker_id_idx on gadget",
                "alter column gadget.label type varchar(80) -> varchar(40)",
                "drop default on gadget.label (was " + reshaped.database().block(TIMEOUT).table("gadget").orElseThrow()
                        .column("label").orElseThrow().defaultExpression() + ")",
                "drop not null on gadget.label",
                "drop column gadget.maker_id",
                "drop table maker");
        apply(back.script("back").block(TIMEOUT));
        assertThat(back.check().block(TIMEOUT).differs()).isFalse();
        assertThat(autogenerate(List.of(Gadgets.GadgetV2.class)).check().block(TIMEOUT).differs()).isFalse();
    }

    @Test
    void aDroppedAndAnAddedColumnOfOneTypeAreFlaggedAsAPossibleRename() {
        apply(autogenerate(List.of(Gadgets.Gadget.class)).script("gadget").block(TIMEOUT));
        Autogenerate renamed = autogenerate(List.of(Gadgets.GadgetRenamed.class));

        Report report = renamed.check().block(TIMEOUT);
        assertThat(report.differs()).isTrue();
        assertThat(report.diff().changes()).containsExactly(new SchemaChange.AddColumn("gadget",
                ColumnSchema.of("title", "varchar(40)", true), "label"));
        assertThat(report.diff().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Finding.Kind.POSSIBLE_COLUMN_RENAME);
            assertThat(finding.column()).isEqualTo("label");
        });
        assertThat(report.lines()).anySatisfy(line -> assertThat(line).contains("review:", "possible rename"));

        String script = renamed.script("rename?").block(TIMEOUT);
        assertThat(script).contains("-- REVIEW (1):", "POSSIBLE_COLUMN_RENAME", "-- TODO possible rename",
                "RENAME COLUMN \"label\" TO \"title\"").doesNotContain("DROP COLUMN");

        // the human follows the TODO: the rename it suggests runs here and leaves nothing to do
        String marker = "replace the next statement with: ";
        String rename = script.lines().filter(line -> line.contains(marker)).findFirst().orElseThrow();
        apply(rename.substring(rename.indexOf(marker) + marker.length()) + "\n");
        assertThat(renamed.check().block(TIMEOUT).differs()).isFalse();
    }

    @Test
    void aGoneTableAndASimilarNewOneAreFlaggedAsAPossibleRename() {
        apply(autogenerate(List.of(Gadgets.Gadget.class)).script("gadget").block(TIMEOUT));
        execute("INSERT INTO \"gadget\" VALUES (1, 'lamp')");
        Autogenerate renamed = Autogenerate.of(db, MappingContext.standard(), List.of(Gadgets.Device.class),
                AutogenerateOptions.builder().allowDropTables(true).build());

        Report report = renamed.check().block(TIMEOUT);
        assertThat(report.diff().changes()).singleElement().isInstanceOf(SchemaChange.CreateTable.class);
        assertThat(report.diff().findings()).singleElement().extracting(Finding::kind)
                .isEqualTo(Finding.Kind.POSSIBLE_TABLE_RENAME);
        String script = renamed.script("rename?").block(TIMEOUT);
        assertThat(script).contains("-- TODO possible rename: table gadget").doesNotContain("DROP TABLE");

        // following the TODO renames the table (and its columns, found the same way) and keeps the row
        String marker = "replace the next statement with: ";
        String rename = script.lines().filter(line -> line.contains(marker)).findFirst().orElseThrow();
        apply(rename.substring(rename.indexOf(marker) + marker.length()) + "\n");
        Report after = renamed.check().block(TIMEOUT);
        assertThat(after.diff().changes()).hasSize(2).allMatch(SchemaChange.AddColumn.class::isInstance);
        assertThat(after.diff().findings()).extracting(Finding::kind)
                .containsExactly(Finding.Kind.POSSIBLE_COLUMN_RENAME, Finding.Kind.POSSIBLE_COLUMN_RENAME);
        // and following the columns' TODOs leaves nothing to do: the primary key followed the renamed column
        renamed.script("columns").block(TIMEOUT).lines().filter(line -> line.contains(marker))
                .forEach(line -> apply(line.substring(line.indexOf(marker) + marker.length()) + "\n"));
        Report done = renamed.check().block(TIMEOUT);
        assertThat(done.differs()).as(done.toString()).isFalse();
        assertThat(count("\"device\"")).isOne();
    }

    @Test
    void everyDdlFeatureReadsBackAsTheModel() {
        execute(SchemaDdl.of(MappingContext.standard(), db.dialect()).create(DdlSamples.ENTITIES).toArray(String[]::new));
        Report report = autogenerate(DdlSamples.ENTITIES).check().block(TIMEOUT);
        assertThat(report.diff().changes()).isEmpty();
        assertThat(report.differs()).as(report.toString()).isFalse();

        Catalog live = SchemaReader.of(db).read().block(TIMEOUT);
        assertThat(live.table("client").orElseThrow()).satisfies(client -> {
            assertThat(client.primaryKey().columns()).containsExactly("client_id");
            assertThat(client.column("client_id").orElseThrow().identity()).isTrue();
            assertThat(client.uniqueConstraints()).extracting(key -> key.columns())
                    .containsExactlyInAnyOrder(List.of("email"), List.of("first_name", "last_name"));
            assertThat(client.checks()).singleElement().extracting(check -> check.expression().replace("\"", ""))
                    .asString().contains("points >= 0");
            assertThat(client.column("points").orElseThrow().defaultExpression()).contains("0");
        });
        assertThat(live.table("orders").orElseThrow()).satisfies(orders -> {
            assertThat(orders.column("order_id").orElseThrow().defaultExpression().toLowerCase(Locale.ROOT))
                    .contains("orders_order_id_seq");
            assertThat(orders.foreignKeys()).singleElement().satisfies(key -> {
                assertThat(key.referencedTable()).isEqualTo("client");
                assertThat(key.onDelete()).hasToString("CASCADE");
            });
            assertThat(orders.indexes()).extracting(index -> index.columns() + (index.unique() ? " unique" : ""))
                    .containsExactlyInAnyOrder("[client_id]", "[client_id, placed] unique");
        });
    }

    /** Entities with a column of every type this dialect stores; PostgreSQL adds arrays and a native enum. */
    protected List<Class<?>> everyType() {
        return List.of(TypedRecord.class, CompositeKeySamples.Purchase.class, CompositeKeySamples.PurchaseLine.class,
                CompositeKeySamples.Shipment.class);
    }

    @Test
    void everyColumnTypeReadsBackAsTheModel() {
        execute(SchemaDdl.of(MappingContext.standard(), db.dialect()).create(everyType()).toArray(String[]::new));
        Report report = autogenerate(everyType()).check().block(TIMEOUT);
        assertThat(report.differs()).as(report.toString()).isFalse();

        // and created by autogenerate on an empty database, the same types again
        IsolatedDatabase empty = target().create(DatabaseOptions.builder().build());
        try {
            Autogenerate fresh = Autogenerate.of(empty.database(), MappingContext.standard(), everyType());
            String script = fresh.script("every type").block(TIMEOUT);
            for (String statement : statements(script)) {
                empty.database().sql(statement).rowsUpdated().block(TIMEOUT);
            }
            assertThat(fresh.check().block(TIMEOUT).differs()).isFalse();
            assertThat(SchemaReader.of(empty.database()).read().block(TIMEOUT).tables())
                    .isEqualTo(SchemaReader.of(db).read().block(TIMEOUT).tables());
        } finally {
            empty.dispose();
        }
    }

    @Test
    void unquotedUpperCaseNamesMatchTheModelsLowerCaseOnes() {
        execute("CREATE TABLE GADGET (GADGET_ID INTEGER NOT NULL, LABEL VARCHAR(40),"
                + " CONSTRAINT PK_GADGET PRIMARY KEY (GADGET_ID))");
        assertThat(autogenerate(List.of(Gadgets.Gadget.class)).check().block(TIMEOUT).differs()).isFalse();

        Autogenerate next = autogenerate(List.of(Gadgets.GadgetV2.class));
        List<String> statements = next.statements(next.diff().block(TIMEOUT));
        assertThat(statements).singleElement().asString()
                .isEqualToIgnoringCase("ALTER TABLE \"gadget\" ADD COLUMN \"weight\" integer");
        apply(String.join(";\n", statements) + ";\n");
        assertThat(next.check().block(TIMEOUT).differs()).isFalse();

        // constraints and indexes on the existing upper-case columns, a foreign key to a new table
        Autogenerate reshaped = autogenerate(List.of(Gadgets.GadgetReshaped.class, Gadgets.Maker.class));
        apply(reshaped.script("reshape").block(TIMEOUT));
        Report report = reshaped.check().block(TIMEOUT);
        assertThat(report.differs()).as(report.toString()).isFalse();
    }

    @Test
    void aNamedSchemaIsReadAndQualifiesTheStatements() {
        String schema = db.sql("SELECT CURRENT_SCHEMA").map(row -> row.get(0, String.class)).blockFirst(TIMEOUT);
        Autogenerate autogenerate = Autogenerate.of(db, MappingContext.standard(), List.of(Gadgets.Gadget.class),
                AutogenerateOptions.builder().schema(schema).build());
        List<String> statements = autogenerate.statements(autogenerate.diff().block(TIMEOUT));
        assertThat(statements).first().asString().startsWith("CREATE TABLE " + db.dialect().quoteIdentifier(schema)
                + ".\"gadget\" (");
        apply(String.join(";\n", statements) + ";\n");
        assertThat(autogenerate.database().block(TIMEOUT).schema()).isEqualTo(schema);
        assertThat(autogenerate.check().block(TIMEOUT).differs()).isFalse();

        StepVerifier.create(SchemaReader.of(db).read("no_such_schema"))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(AutogenerateException.class)
                        .hasMessageContaining("'no_such_schema' does not exist"))
                .verify(TIMEOUT);
    }

    @Test
    void failuresAreErrorsInTheStream() throws IOException {
        StepVerifier.create(autogenerate(List.of(Gadgets.BrokenGadget.class)).diff())
                .expectError(MappingException.class).verify(TIMEOUT);

        Files.writeString(migrations.resolve("V3__earlier.sql"), "SELECT 1;\n");
        Autogenerate autogenerate = autogenerate(List.of(Gadgets.Gadget.class));
        StepVerifier.create(autogenerate.writeMigration(migrations, "3", "again"))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(AutogenerateException.class)
                        .hasMessageContaining("version 3 exists already"))
                .verify(TIMEOUT);
        StepVerifier.create(autogenerate.writeMigration(migrations, null, "bad/name"))
                .expectError(AutogenerateException.class).verify(TIMEOUT);
        assertThat(autogenerate.writeMigration(migrations, null, "gadget").block(TIMEOUT).getFileName())
                .hasToString("V4__gadget.sql");
    }

    /** Runs a script's statements one by one: comment lines dropped, split at semicolons ending a line. */
    protected void apply(String script) {
        execute(statements(script).toArray(String[]::new));
    }

    /** A script's statements: comment lines dropped, split at semicolons ending a line. */
    protected static List<String> statements(String script) {
        String code = Arrays.stream(script.split("\n")).filter(line -> !line.strip().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(code.split(";\\s*\n")).map(String::strip).filter(sql -> !sql.isEmpty()).toList();
    }

    /** The live catalog of a second isolated database where SchemaDdl created the entities' tables. */
    private Catalog catalogCreatedBySchemaDdl(List<Class<?>> entities) {
        IsolatedDatabase second = target().create(DatabaseOptions.builder().build());
        try {
            Database other = second.database();
            for (String statement : SchemaDdl.of(MappingContext.standard(), other.dialect()).create(entities)) {
                other.sql(statement).rowsUpdated().block(TIMEOUT);
            }
            return SchemaReader.of(other).read().block(TIMEOUT);
        } finally {
            second.dispose();
        }
    }
}
