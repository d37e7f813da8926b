package dev.quicksilver.migrations.autogenerate;

import dev.quicksilver.core.dialect.Dialect;
import java.util.List;

/**
 * What differs between the model and a live schema: the changes, in the order they must run (drops of
 * foreign keys, indexes and constraints; new tables in foreign-key dependency order; new columns;
 * altered columns; dropped columns; new keys and constraints; foreign keys; indexes; dropped tables),
 * and the findings a human must review (possible renames, tables not in the model). Immutable.
 *
 * @param changes the changes, in order
 * @param findings what must be reviewed
 */
public record SchemaDiff(List<SchemaChange> changes, List<Finding> findings) {

    /** Copies the lists. */
    public SchemaDiff {
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
    }

    /**
     * Compares a model with a live schema.
     *
     * @param model the catalog the model describes
     * @param database the live catalog
     * @param options what may be dropped and what is ignored
     * @return the differences
     */
    public static SchemaDiff between(Catalog model, Catalog database, AutogenerateOptions options) {
        return dev.quicksilver.migrations.autogenerate.internal.Autogenerators.diff(model, database, options);
    }

    /**
     * The statements of the changes for a dialect, in order, each without a terminating semicolon;
     * tables are not schema-qualified (the connection's search path decides).
     *
     * @param dialect the database's dialect
     * @return the statements
     */
    public List<String> statements(Dialect dialect) {
        return dev.quicksilver.migrations.autogenerate.internal.Autogenerators.statements(this, dialect, null);
    }

    /** Whether model and database are the same: no change and nothing to review. */
    public boolean isEmpty() {
        return changes.isEmpty() && findings.isEmpty();
    }
}
