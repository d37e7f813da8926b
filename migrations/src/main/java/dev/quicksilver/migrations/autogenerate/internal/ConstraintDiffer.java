package dev.quicksilver.migrations.autogenerate.internal;

import static dev.quicksilver.migrations.autogenerate.internal.ChangePlan.Phase.ADD_FOREIGN_KEYS;
import static dev.quicksilver.migrations.autogenerate.internal.ChangePlan.Phase.ADD_KEYS_AND_CHECKS;
import static dev.quicksilver.migrations.autogenerate.internal.ChangePlan.Phase.CREATE_INDEXES;
import static dev.quicksilver.migrations.autogenerate.internal.ChangePlan.Phase.DROP_FOREIGN_KEYS;
import static dev.quicksilver.migrations.autogenerate.internal.ChangePlan.Phase.DROP_INDEXES_AND_CONSTRAINTS;

import dev.quicksilver.migrations.autogenerate.CheckSchema;
import dev.quicksilver.migrations.autogenerate.ForeignKeySchema;
import dev.quicksilver.migrations.autogenerate.IndexSchema;
import dev.quicksilver.migrations.autogenerate.KeySchema;
import dev.quicksilver.migrations.autogenerate.SchemaChange;
import dev.quicksilver.migrations.autogenerate.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Compares the keys, foreign keys, indexes and checks of a table present on both sides. A model
 * element is matched with the database's by name (exactly, then ignoring case), else by structure (a
 * unique constraint on the same columns under another name is the same constraint); a matched pair
 * that differs is dropped and added again; an unmatched database element is dropped, an unmatched model
 * element added. The primary key is matched by its columns. Checks are matched by name only.
 */
final class ConstraintDiffer {

    private ConstraintDiffer() {
    }

    /**
     * Compares a table's constraints and indexes.
     *
     * @param model the model's table
     * @param database the database's table
     * @param renamed the database's columns flagged as possibly renamed (lower case) and their model names:
     *     constraints compare as if the rename were made, so accepting it leaves them alone
     * @param names how the database spells the model's names
     * @param plan where changes go
     */
    static void compare(TableSchema model, TableSchema database, Map<String, String> renamed, LiveNames names,
                        ChangePlan plan) {
        String table = database.name();
        Columns columns = new Columns(renamed);
        primaryKey(model, database, columns, names, plan);
        compare(model.uniqueConstraints(), database.uniqueConstraints(), KeySchema::name,
                (a, b) -> columns.same(a.columns(), b.columns()),
                gone -> plan.add(DROP_INDEXES_AND_CONSTRAINTS, new SchemaChange.DropConstraint(table, gone.name(),
                        "unique constraint")),
                added -> plan.add(ADD_KEYS_AND_CHECKS, new SchemaChange.AddUnique(table, names.key(table, added))));
        compare(model.foreignKeys(), database.foreignKeys(), ForeignKeySchema::name,
                (a, b) -> columns.same(a.columns(), b.columns()) && sameReference(a, b),
                gone -> plan.add(DROP_FOREIGN_KEYS, new SchemaChange.DropConstraint(table, gone.name(), "foreign key")),
                added -> plan.add(ADD_FOREIGN_KEYS, new SchemaChange.AddForeignKey(table, names.foreignKey(table, added))));
        compare(model.indexes(), database.indexes(), IndexSchema::name,
                (a, b) -> a.unique() == b.unique() && columns.same(a.columns(), b.columns()),
                gone -> plan.add(DROP_INDEXES_AND_CONSTRAINTS, new SchemaChange.DropIndex(table, gone.name())),
                added -> plan.add(CREATE_INDEXES, new SchemaChange.CreateIndex(table, names.index(table, added))));
        // checks by name only: each database rewrites the condition its own way
        compare(model.checks(), database.checks(), CheckSchema::name, (a, b) -> true,
                gone -> plan.add(DROP_INDEXES_AND_CONSTRAINTS, new SchemaChange.DropConstraint(table, gone.name(),
                        "check constraint")),
                added -> plan.add(ADD_KEYS_AND_CHECKS, new SchemaChange.AddCheck(table, added)), false);
    }

    private static void primaryKey(TableSchema model, TableSchema database, Columns columns, LiveNames names,
                                   ChangePlan plan) {
        KeySchema wanted = model.primaryKey();
        KeySchema present = database.primaryKey();
        if (wanted != null && present != null && columns.same(wanted.columns(), present.columns())) {
            return;
        }
        if (present != null) {
            plan.add(DROP_INDEXES_AND_CONSTRAINTS, new SchemaChange.DropConstraint(database.name(), present.name(),
                    "primary key"));
        }
        if (wanted != null) {
            plan.add(ADD_KEYS_AND_CHECKS, new SchemaChange.AddPrimaryKey(database.name(), names.key(database.name(), wanted)));
        }
    }

    /** Pairs model and database elements (by name, then by structure) and reports what to drop and add. */
    private static <T> void compare(List<T> model, List<T> database, Function<T, String> name,
                                    BiPredicate<T, T> same, Consumer<T> drop,
                                    Consumer<T> add) {
        compare(model, database, name, same, drop, add, true);
    }

    private static <T> void compare(List<T> model, List<T> database, Function<T, String> name,
                                    BiPredicate<T, T> same, Consumer<T> drop, Consumer<T> add, boolean structural) {
        List<T> unmatched = new ArrayList<>(database);
        List<T> toAdd = new ArrayList<>();
        List<T> byStructure = new ArrayList<>();
        for (T wanted : model) {
            T present = byName(unmatched, name, name.apply(wanted));
            if (present == null) {
                byStructure.add(wanted);
                continue;
            }
            unmatched.remove(present);
            if (!same.test(wanted, present)) {
                drop.accept(present);
                toAdd.add(wanted);
            }
        }
        for (T wanted : byStructure) {
            T present = structural ? unmatched.stream().filter(candidate -> same.test(wanted, candidate))
                    .findFirst().orElse(null) : null;
            if (present != null) {
                unmatched.remove(present);
            } else {
                toAdd.add(wanted);
            }
        }
        unmatched.forEach(drop);
        toAdd.forEach(add);
    }

    private static <T> @Nullable T byName(List<T> elements, Function<T, String> name, String wanted) {
        for (T element : elements) {
            if (name.apply(element).equals(wanted)) {
                return element;
            }
        }
        for (T element : elements) {
            if (name.apply(element).equalsIgnoreCase(wanted)) {
                return element;
            }
        }
        return null;
    }

    private static boolean sameReference(ForeignKeySchema model, ForeignKeySchema database) {
        return model.referencedTable().equalsIgnoreCase(database.referencedTable())
                && new Columns(Map.of()).same(model.referencedColumns(), database.referencedColumns())
                && model.onDelete() == database.onDelete();
    }

    /** Column lists compared ignoring case, the database's columns read through the possible renames. */
    private record Columns(Map<String, String> renamed) {

        boolean same(List<String> model, List<String> database) {
            return model.stream().map(Columns::fold).toList().equals(database.stream()
                    .map(column -> fold(renamed.getOrDefault(fold(column), column))).toList());
        }

        private static String fold(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
