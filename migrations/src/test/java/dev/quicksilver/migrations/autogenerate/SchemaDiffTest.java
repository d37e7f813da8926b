package dev.quicksilver.migrations.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.dialect.Dialects;
import dev.quicksilver.mapping.annotation.ReferentialAction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differ on catalogs built by hand: what changes, in which order, and what is only reported. */
class SchemaDiffTest {

    private static final ColumnSchema ID = ColumnSchema.of("id", "integer", false);

    private static TableSchema table(String name, ColumnSchema... columns) {
        return new TableSchema(name, List.of(columns), new KeySchema(name + "_pkey", List.of("id")), List.of(),
                List.of(), List.of(), List.of());
    }

    private static Catalog catalog(TableSchema... tables) {
        return new Catalog("public", List.of(tables));
    }

    private static SchemaDiff diff(Catalog model, Catalog database) {
        return SchemaDiff.between(model, database, AutogenerateOptions.defaults());
    }

    @Test
    void equalCatalogsHaveNoDifference() {
        Catalog same = catalog(table("gadget", ID, ColumnSchema.of("label", "varchar(40)", true)));
        assertThat(diff(same, same).isEmpty()).isTrue();
    }

    @Test
    void typesCompareInPortableForm() {
        Catalog model = catalog(table("gadget", ID, ColumnSchema.of("label", "varchar(40)", true),
                ColumnSchema.of("price", "numeric(10, 2)", true), ColumnSchema.of("at", "timestamp", true),
                ColumnSchema.of("seen", "time(6)", true)));
        Catalog database = catalog(table("GADGET", ColumnSchema.of("ID", "int4", false),
                ColumnSchema.of("LABEL", "character varying(40)", true), ColumnSchema.of("PRICE", "NUMERIC(10,2)", true),
                ColumnSchema.of("AT", "timestamp(6) without time zone", true), ColumnSchema.of("SEEN", "time", true)));
        assertThat(diff(model, database).changes()).isEmpty();
    }

    @Test
    void aNewColumnIsAddedAndAGoneOneDropped() {
        Catalog model = catalog(table("gadget", ID, ColumnSchema.of("weight", "integer", true)));
        Catalog database = catalog(table("gadget", ID, ColumnSchema.of("label", "varchar(40)", true)));
        SchemaDiff diff = diff(model, database);
        assertThat(diff.changes()).containsExactly(
                new SchemaChange.AddColumn("gadget", ColumnSchema.of("weight", "integer", true), null),
                new SchemaChange.DropColumn("gadget", "label"));
        assertThat(diff.findings()).isEmpty();
    }

    @Test
    void aGoneAndANewColumnOfTheSameTypeAreAPossibleRenameNeverADrop() {
        Catalog model = catalog(table("gadget", ID, ColumnSchema.of("title", "varchar(40)", true)));
        Catalog database = catalog(table("gadget", ID, ColumnSchema.of("label", "varchar(40)", true)));
        SchemaDiff diff = diff(model, database);
        assertThat(diff.changes()).containsExactly(
                new SchemaChange.AddColumn("gadget", ColumnSchema.of("title", "varchar(40)", true), "label"));
        assertThat(diff.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Finding.Kind.POSSIBLE_COLUMN_RENAME);
            assertThat(finding.column()).isEqualTo("label");
            assertThat(finding.message()).contains("label", "title", "possible rename");
        });
    }

    @Test
    void constraintsOnAPossiblyRenamedColumnCompareAsIfTheRenameWereMade() {
        IndexSchema wanted = new IndexSchema("gadget_title_idx", List.of("title"), false);
        TableSchema model = new TableSchema("gadget", List.of(ID, ColumnSchema.of("title", "varchar(40)", true)),
                new KeySchema("gadget_pkey", List.of("id")), List.of(), List.of(), List.of(wanted), List.of());
        TableSchema database = new TableSchema("gadget", List.of(ID, ColumnSchema.of("label", "varchar(40)", true)),
                new KeySchema("gadget_pkey", List.of("id")), List.of(), List.of(),
                List.of(new IndexSchema("gadget_title_idx", List.of("label"), false)), List.of());
        SchemaDiff diff = diff(catalog(model), catalog(database));
        assertThat(diff.changes()).containsExactly(
                new SchemaChange.AddColumn("gadget", ColumnSchema.of("title", "varchar(40)", true), "label"));
    }

    @Test
    void columnsAreAlteredInTypeNullabilityAndDefault() {
        Catalog model = catalog(table("gadget", ID, new ColumnSchema("label", ColumnDataType.parse("varchar(80)"),
                false, "'none'", false)));
        Catalog database = catalog(table("gadget", ID, ColumnSchema.of("label", "varchar(40)", true)));
        assertThat(diff(model, database).changes()).containsExactly(
                new SchemaChange.AlterColumnType("gadget", "label", ColumnDataType.parse("varchar(40)"),
                        ColumnDataType.parse("varchar(80)")),
                new SchemaChange.AlterDefault("gadget", "label", null, "'none'"),
                new SchemaChange.AlterNullability("gadget", "label", false));
    }

    @Test
    void anIdentityOnOneSideOnlyIsAFinding() {
        Catalog model = catalog(table("gadget", new ColumnSchema("id", ColumnDataType.parse("bigint"), false, null, true)));
        Catalog database = catalog(table("gadget", new ColumnSchema("id", ColumnDataType.parse("int8"), false, null,
                false)));
        SchemaDiff diff = diff(model, database);
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Finding.Kind.IDENTITY_DIFFERS);
            assertThat(finding.message()).contains("gadget.id is an identity in the model but not in the database");
        });
    }

    @Test
    void defaultsCompareAfterNormalising() {
        Catalog model = catalog(table("gadget", ID,
                new ColumnSchema("label", ColumnDataType.parse("varchar(8)"), true, "'none'", false),
                new ColumnSchema("n", ColumnDataType.parse("bigint"), true, "nextval('\"gadget_seq\"')", false),
                new ColumnSchema("m", ColumnDataType.parse("bigint"), true, "NEXT VALUE FOR \"gadget_seq\"", false),
                new ColumnSchema("k", ColumnDataType.parse("integer"), true, "-1", false)));
        Catalog database = catalog(table("gadget", ID,
                new ColumnSchema("label", ColumnDataType.parse("varchar(8)"), true, "'none'::character varying", false),
                new ColumnSchema("n", ColumnDataType.parse("bigint"), true, "nextval('gadget_seq'::regclass)", false),
                new ColumnSchema("m", ColumnDataType.parse("bigint"), true, "NEXT VALUE FOR \"PUBLIC\".\"gadget_seq\"",
                        false),
                new ColumnSchema("k", ColumnDataType.parse("integer"), true, "'-1'::integer", false)));
        assertThat(diff(model, database).changes()).isEmpty();
    }

    @Test
    void newTablesComeInForeignKeyOrderWithTheirKeysAndIndexesAfterAllTables() {
        ForeignKeySchema toParent = new ForeignKeySchema("child_parent_id_fkey", List.of("parent_id"), "parent",
                List.of("id"), ReferentialAction.CASCADE);
        IndexSchema index = new IndexSchema("child_parent_id_idx", List.of("parent_id"), false);
        TableSchema child = new TableSchema("child", List.of(ID, ColumnSchema.of("parent_id", "integer", false)),
                new KeySchema("child_pkey", List.of("id")), List.of(toParent), List.of(), List.of(index), List.of());
        TableSchema parent = table("parent", ID);
        SchemaDiff diff = diff(new Catalog(null, List.of(child, parent)), catalog());
        assertThat(diff.changes()).containsExactly(
                new SchemaChange.CreateTable(parent, null),
                new SchemaChange.CreateTable(child, null),
                new SchemaChange.AddForeignKey("child", toParent),
                new SchemaChange.CreateIndex("child", index));
    }

    @Test
    void constraintsAreMatchedByNameThenByStructure() {
        ForeignKeySchema wanted = new ForeignKeySchema("child_parent_id_fkey", List.of("parent_id"), "parent",
                List.of("id"), ReferentialAction.CASCADE);
        ForeignKeySchema present = new ForeignKeySchema("child_parent_id_fkey", List.of("parent_id"), "parent",
                List.of("id"), ReferentialAction.NO_ACTION);
        KeySchema unique = new KeySchema("child_code_key", List.of("code"));
        TableSchema model = new TableSchema("child", List.of(ID, ColumnSchema.of("parent_id", "integer", false),
                ColumnSchema.of("code", "varchar(8)", false)), new KeySchema("child_pkey", List.of("id")),
                List.of(wanted), List.of(unique), List.of(), List.of(new CheckSchema("child_code_check", "code <> ''")));
        TableSchema database = new TableSchema("child", model.columns(), new KeySchema("PK_CHILD", List.of("ID")),
                List.of(present), List.of(new KeySchema("UK_CODE", List.of("CODE"))),
                List.of(new IndexSchema("old_idx", List.of("code"), false)), List.of());
        SchemaDiff diff = diff(catalog(model, table("parent", ID)), catalog(database, table("parent", ID)));
        assertThat(diff.changes()).containsExactly(
                new SchemaChange.DropConstraint("child", "child_parent_id_fkey", "foreign key"),
                new SchemaChange.DropIndex("child", "old_idx"),
                new SchemaChange.AddCheck("child", new CheckSchema("child_code_check", "code <> ''")),
                new SchemaChange.AddForeignKey("child", wanted));
    }

    @Test
    void tablesNotInTheModelAreReportedAndDroppedOnlyWhenAllowed() {
        Catalog model = catalog(table("gadget", ID));
        Catalog database = catalog(table("gadget", ID), table("legacy", ID, ColumnSchema.of("x", "text", true)),
                table("flyway_schema_history", ID));
        AutogenerateOptions ignoring = AutogenerateOptions.builder().ignoreTables("FLYWAY_SCHEMA_HISTORY").build();

        SchemaDiff reported = SchemaDiff.between(model, database, ignoring);
        assertThat(reported.changes()).isEmpty();
        assertThat(reported.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Finding.Kind.TABLE_NOT_IN_MODEL);
            assertThat(finding.table()).isEqualTo("legacy");
        });

        SchemaDiff dropped = SchemaDiff.between(model, database, ignoring.mutate().allowDropTables(true).build());
        assertThat(dropped.changes()).containsExactly(new SchemaChange.DropTable("legacy"));
        assertThat(dropped.findings()).isEmpty();
    }

    @Test
    void aGoneTableAndASimilarNewOneAreAPossibleRenameNeverADrop() {
        Catalog model = catalog(table("device", ID, ColumnSchema.of("label", "varchar(40)", true)));
        Catalog database = catalog(table("gadget", ID, ColumnSchema.of("name", "varchar(40)", true)));
        SchemaDiff diff = SchemaDiff.between(model, database, AutogenerateOptions.builder().allowDropTables(true).build());
        assertThat(diff.changes()).containsExactly(new SchemaChange.CreateTable(model.tables().get(0), "gadget"));
        assertThat(diff.findings()).singleElement().extracting(Finding::kind)
                .isEqualTo(Finding.Kind.POSSIBLE_TABLE_RENAME);
    }

    @Test
    void missingSequencesAndEnumTypesAreCreatedAndLabelsAddedAtTheEndAppended() {
        Catalog model = new Catalog(null, List.of(), List.of("orders_seq"), List.of(
                new EnumTypeSchema("tier", List.of("FREE", "GOLD", "PLATINUM")),
                new EnumTypeSchema("mood", List.of("CALM", "ANGRY")),
                new EnumTypeSchema("size", List.of("S", "M"))));
        Catalog database = new Catalog("public", List.of(), List.of("unrelated_seq"), List.of(
                new EnumTypeSchema("tier", List.of("FREE", "GOLD")),
                new EnumTypeSchema("size", List.of("M", "S"))));
        SchemaDiff diff = diff(model, database);
        assertThat(diff.changes()).containsExactly(
                new SchemaChange.CreateSequence("orders_seq"),
                new SchemaChange.AddEnumLabel("tier", "PLATINUM"),
                new SchemaChange.CreateEnumType(new EnumTypeSchema("mood", List.of("CALM", "ANGRY"))));
        assertThat(diff.findings()).singleElement().extracting(Finding::kind).isEqualTo(Finding.Kind.ENUM_TYPE_DIFFERS);
        assertThat(diff.statements(Dialects.postgres())).containsExactly("CREATE SEQUENCE \"orders_seq\"",
                "ALTER TYPE \"tier\" ADD VALUE 'PLATINUM'", "CREATE TYPE \"mood\" AS ENUM ('CALM', 'ANGRY')");
    }

    @Test
    void theRendererWritesStandardStatementsQuotedByTheDialect() {
        Catalog model = catalog(table("gadget", ID, ColumnSchema.of("weight", "numeric(10, 2)", false),
                ColumnSchema.of("title", "varchar(40)", true)));
        Catalog database = catalog(table("gadget", ID, ColumnSchema.of("label", "varchar(40)", true)));
        SchemaDiff diff = diff(model, database);
        assertThat(diff.statements(Dialects.postgres())).containsExactly(
                "ALTER TABLE \"gadget\" ADD COLUMN \"weight\" numeric(10, 2) NOT NULL",
                "ALTER TABLE \"gadget\" ADD COLUMN \"title\" varchar(40)");
    }

    @Test
    void typesParseAndRender() {
        assertThat(ColumnDataType.parse("character varying(20)[]"))
                .isEqualTo(new ColumnDataType("varchar", 20, null, null, true));
        assertThat(ColumnDataType.parse("timestamp(3) with time zone").sql(Dialects.h2()))
                .isEqualTo("timestamp(3) with time zone");
        assertThat(ColumnDataType.parse("\"qs\".\"mood\"").sql(Dialects.postgres())).isEqualTo("\"mood\"");
        assertThat(ColumnDataType.of("DOUBLE PRECISION", null, 53, null, false).sql(Dialects.h2()))
                .isEqualTo("double precision");
        assertThat(ColumnDataType.parse("numeric(10)")).isEqualTo(ColumnDataType.parse("numeric(10,0)"));
    }
}
