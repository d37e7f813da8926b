package dev.quicksilver.migrations.autogenerate.internal;

import static dev.quicksilver.migrations.autogenerate.internal.ChangePlan.Phase.ADD_COLUMNS;
import static dev.quicksilver.migrations.autogenerate.internal.ChangePlan.Phase.ADD_FOREIGN_KEYS;
import static dev.quicksilver.migrations.autogenerate.internal.ChangePlan.Phase.ALTER_COLUMNS;
import static dev.quicksilver.migrations.autogenerate.internal.ChangePlan.Phase.CREATE_INDEXES;
import static dev.quicksilver.migrations.autogenerate.internal.ChangePlan.Phase.CREATE_TABLES;
import static dev.quicksilver.migrations.autogenerate.internal.ChangePlan.Phase.CREATE_TYPES_AND_SEQUENCES;
import static dev.quicksilver.migrations.autogenerate.internal.ChangePlan.Phase.DROP_COLUMNS;
import static dev.quicksilver.migrations.autogenerate.internal.ChangePlan.Phase.DROP_TABLES;

import dev.quicksilver.migrations.autogenerate.AutogenerateOptions;
import dev.quicksilver.migrations.autogenerate.Catalog;
import dev.quicksilver.migrations.autogenerate.ColumnSchema;
import dev.quicksilver.migrations.autogenerate.EnumTypeSchema;
import dev.quicksilver.migrations.autogenerate.Finding;
import dev.quicksilver.migrations.autogenerate.ForeignKeySchema;
import dev.quicksilver.migrations.autogenerate.SchemaChange;
import dev.quicksilver.migrations.autogenerate.SchemaDiff;
import dev.quicksilver.migrations.autogenerate.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a model catalog with a live one: tables matched by name (exactly, then ignoring case),
 * new tables created in foreign-key dependency order, columns added, altered or dropped, constraints
 * compared by {@link ConstraintDiffer}. Renames are never guessed: a column only in the database and a
 * column only in the model of the same type, in one table, are reported as a possible rename, the old
 * column is kept and the new one added with a TODO, and the table's constraints compare as if the rename
 * were made (so following the TODO leaves them alone); likewise for a table only in the database and a
 * new table whose column types match it in order. Tables only in the database are dropped only when the
 * options allow, else reported.
 */
final class SchemaDiffer {

    private SchemaDiffer() {
    }

    static SchemaDiff diff(Catalog model, Catalog database, AutogenerateOptions options) {
        ChangePlan plan = new ChangePlan();
        LiveNames names = new LiveNames(database);
        typesAndSequences(model, database, plan);
        List<TableSchema> modelTables = model.tables().stream().filter(table -> !options.ignores(table.name())).toList();
        List<TableSchema> unmatched = new ArrayList<>(database.tables().stream()
                .filter(table -> !options.ignores(table.name())).toList());
        List<TableSchema> created = new ArrayList<>();
        for (TableSchema wanted : modelTables) {
            Optional<TableSchema> present = new Catalog(database.schema(), unmatched).table(wanted.name());
            if (present.isPresent()) {
                unmatched.remove(present.get());
                compareTable(wanted, present.get(), names, plan);
            } else {
                created.add(wanted);
            }
        }
        Map<TableSchema, String> renamedFrom = new IdentityHashMap<>();
        for (TableSchema gone : unmatched) {
            TableSchema similar = created.stream().filter(table -> !renamedFrom.containsKey(table)
                    && similar(gone, table)).findFirst().orElse(null);
            if (similar != null) {
                renamedFrom.put(similar, gone.name());
                plan.report(new Finding(Finding.Kind.POSSIBLE_TABLE_RENAME, gone.name(), null, "Table " + gone.name()
                        + " is not in the model and the new table " + similar.name() + " has the same column types:"
                        + " a possible rename. " + gone.name() + " is kept; " + similar.name()
                        + " is created under a TODO. If it was renamed, rename the table instead."));
            } else if (options.allowDropTables()) {
                plan.add(DROP_TABLES, new SchemaChange.DropTable(gone.name()));
            } else {
                plan.report(new Finding(Finding.Kind.TABLE_NOT_IN_MODEL, gone.name(), null, "Table " + gone.name()
                        + " is not in the model; it is not dropped (allow table drops to drop it, or ignore it)."));
            }
        }
        for (TableSchema table : dependencyOrder(created)) {
            plan.add(CREATE_TABLES, new SchemaChange.CreateTable(table, renamedFrom.get(table)));
            table.foreignKeys().forEach(key -> plan.add(ADD_FOREIGN_KEYS,
                    new SchemaChange.AddForeignKey(table.name(), names.foreignKey(table.name(), key))));
            table.indexes().forEach(index -> plan.add(CREATE_INDEXES, new SchemaChange.CreateIndex(table.name(), index)));
        }
        return plan.diff();
    }

    /**
     * Sequences and enum types the model needs and the database lacks are created; an enum type whose
     * model labels extend the database's gets the new labels; any other label difference is a finding.
     * Sequences and types the model does not use are left alone (raw SQL may use them).
     */
    private static void typesAndSequences(Catalog model, Catalog database, ChangePlan plan) {
        for (String sequence : model.sequences()) {
            if (database.sequences().stream().noneMatch(sequence::equalsIgnoreCase)) {
                plan.add(CREATE_TYPES_AND_SEQUENCES, new SchemaChange.CreateSequence(sequence));
            }
        }
        for (EnumTypeSchema type : model.enumTypes()) {
            Optional<EnumTypeSchema> present = database.enumTypes().stream()
                    .filter(live -> live.name().equalsIgnoreCase(type.name())).findFirst();
            if (present.isEmpty()) {
                plan.add(CREATE_TYPES_AND_SEQUENCES, new SchemaChange.CreateEnumType(type));
                continue;
            }
            List<String> labels = present.get().labels();
            if (labels.equals(type.labels())) {
                continue;
            }
            if (type.labels().size() > labels.size() && type.labels().subList(0, labels.size()).equals(labels)) {
                type.labels().subList(labels.size(), type.labels().size()).forEach(label ->
                        plan.add(CREATE_TYPES_AND_SEQUENCES, new SchemaChange.AddEnumLabel(present.get().name(), label)));
            } else {
                plan.report(new Finding(Finding.Kind.ENUM_TYPE_DIFFERS, present.get().name(), null, "Enum type "
                        + present.get().name() + " has the labels " + labels + ", the model " + type.labels()
                        + ": labels removed, renamed or reordered need a migration written by hand."));
            }
        }
    }

    private static void compareTable(TableSchema model, TableSchema database, LiveNames names, ChangePlan plan) {
        String table = database.name();
        List<ColumnSchema> unmatched = new ArrayList<>(database.columns());
        List<ColumnSchema> added = new ArrayList<>();
        for (ColumnSchema wanted : model.columns()) {
            Optional<ColumnSchema> present = TableSchema.of(table, unmatched).column(wanted.name());
            if (present.isEmpty()) {
                added.add(wanted);
                continue;
            }
            unmatched.remove(present.get());
            compareColumn(table, wanted, present.get(), plan);
        }
        Map<ColumnSchema, String> renamedFrom = new IdentityHashMap<>();
        for (ColumnSchema gone : unmatched) {
            ColumnSchema similar = added.stream().filter(column -> !renamedFrom.containsKey(column)
                    && column.type().matches(gone.type())).findFirst().orElse(null);
            if (similar != null) {
                renamedFrom.put(similar, gone.name());
                plan.report(new Finding(Finding.Kind.POSSIBLE_COLUMN_RENAME, table, gone.name(), "Column " + table + "."
                        + gone.name() + " is not in the model and the new column " + similar.name() + " has the same type ("
                        + similar.type() + "): a possible rename. " + gone.name() + " is kept; " + similar.name()
                        + " is added under a TODO. If it was renamed, rename the column instead."));
            } else {
                plan.add(DROP_COLUMNS, new SchemaChange.DropColumn(table, gone.name()));
            }
        }
        Map<String, String> renamed = new HashMap<>();
        for (ColumnSchema column : added) {
            String from = renamedFrom.get(column);
            plan.add(ADD_COLUMNS, new SchemaChange.AddColumn(table, column, from));
            if (from != null) {
                renamed.put(from.toLowerCase(Locale.ROOT), column.name());
            }
        }
        ConstraintDiffer.compare(model, database, renamed, names, plan);
    }

    private static void compareColumn(String table, ColumnSchema model, ColumnSchema database, ChangePlan plan) {
        if (!model.type().matches(database.type())) {
            plan.add(ALTER_COLUMNS, new SchemaChange.AlterColumnType(table, database.name(), database.type(), model.type()));
        }
        if (model.identity() != database.identity()) {
            plan.report(new Finding(Finding.Kind.IDENTITY_DIFFERS, table, database.name(), "Column " + table + "."
                    + database.name() + (model.identity() ? " is an identity in the model but not in the database"
                    : " is an identity in the database but not in the model") + "; change it by hand."));
        }
        // an identity's values come from the database whatever its default says
        if (!model.identity() && !database.identity()
                && !DefaultExpressions.same(model.defaultExpression(), database.defaultExpression())) {
            plan.add(ALTER_COLUMNS, new SchemaChange.AlterDefault(table, database.name(), database.defaultExpression(),
                    model.defaultExpression()));
        }
        if (model.nullable() != database.nullable()) {
            plan.add(ALTER_COLUMNS, new SchemaChange.AlterNullability(table, database.name(), model.nullable()));
        }
    }

    /** Same number of columns, of matching types in order. */
    private static boolean similar(TableSchema gone, TableSchema created) {
        if (gone.columns().size() != created.columns().size() || gone.columns().isEmpty()) {
            return false;
        }
        for (int i = 0; i < gone.columns().size(); i++) {
            if (!gone.columns().get(i).type().matches(created.columns().get(i).type())) {
                return false;
            }
        }
        return true;
    }

    /**
     * New tables ordered so that a table comes after the new tables its foreign keys reference (its
     * own self-references aside); tables in a cycle keep the model's order. Foreign keys are added
     * after every table exists, so any order runs; this one reads naturally.
     */
    static List<TableSchema> dependencyOrder(List<TableSchema> tables) {
        Map<String, TableSchema> pending = new LinkedHashMap<>();
        tables.forEach(table -> pending.put(table.name().toLowerCase(Locale.ROOT), table));
        List<TableSchema> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            TableSchema ready = pending.values().stream().filter(table -> table.foreignKeys().stream()
                    .map(ForeignKeySchema::referencedTable)
                    .map(name -> name.toLowerCase(Locale.ROOT))
                    .noneMatch(name -> pending.containsKey(name) && !name.equalsIgnoreCase(table.name())))
                    .findFirst().orElse(pending.values().iterator().next());
            ordered.add(ready);
            pending.remove(ready.name().toLowerCase(Locale.ROOT));
        }
        return ordered;
    }
}
