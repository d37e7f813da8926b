package dev.quicksilver.migrations.autogenerate;

import org.jspecify.annotations.Nullable;

/**
 * One change that brings a live schema closer to the model; a {@link SchemaDiff} lists them in the
 * order they must run. Each is an immutable record naming what it touches (as the database spells it
 * when it exists there, else as the model does).
 */
public sealed interface SchemaChange {

    /** One line saying what the change does, for reports and the migration's header. */
    String description();

    /**
     * Create a table with its columns, primary key, unique and check constraints (its foreign keys and
     * indexes are separate changes, after every table exists).
     *
     * @param schema the table as the model describes it
     * @param possibleRenameOf a table of the database, missing from the model, that looks like this one
     *     (a possible rename for a human to decide), or {@code null}
     */
    record CreateTable(TableSchema schema, @Nullable String possibleRenameOf) implements SchemaChange {
        /** The new table's name. */
        public String table() {
            return schema.name();
        }

        @Override
        public String description() {
            return "create table " + schema.name() + (possibleRenameOf == null ? ""
                    : " (possible rename of " + possibleRenameOf + ")");
        }
    }

    /**
     * Create a sequence a column's default draws from.
     *
     * @param sequence the sequence's name
     */
    record CreateSequence(String sequence) implements SchemaChange {
        @Override
        public String description() {
            return "create sequence " + sequence;
        }
    }

    /**
     * Create a named enum type (where the dialect has them).
     *
     * @param type the type
     */
    record CreateEnumType(EnumTypeSchema type) implements SchemaChange {
        @Override
        public String description() {
            return "create enum type " + type.name() + " " + type.labels();
        }
    }

    /**
     * Add a label at the end of an existing enum type (PostgreSQL's {@code ALTER TYPE … ADD VALUE}).
     *
     * @param type the type's name
     * @param label the new label
     */
    record AddEnumLabel(String type, String label) implements SchemaChange {
        @Override
        public String description() {
            return "add label " + label + " to enum type " + type;
        }
    }

    /**
     * Drop a table the model does not have; only when {@link AutogenerateOptions#allowDropTables()}.
     *
     * @param table the table
     */
    record DropTable(String table) implements SchemaChange {
        @Override
        public String description() {
            return "drop table " + table;
        }
    }

    /**
     * Add a column.
     *
     * @param table the table
     * @param column the column as the model describes it
     * @param possibleRenameOf a column of the database's table, missing from the model, of the same type
     *     (a possible rename: that column is then not dropped), or {@code null}
     */
    record AddColumn(String table, ColumnSchema column, @Nullable String possibleRenameOf) implements SchemaChange {
        @Override
        public String description() {
            return "add column " + table + "." + column.name() + " " + column.type()
                    + (possibleRenameOf == null ? "" : " (possible rename of " + possibleRenameOf + ")");
        }
    }

    /**
     * Drop a column the model does not have.
     *
     * @param table the table
     * @param column the column's name
     */
    record DropColumn(String table, String column) implements SchemaChange {
        @Override
        public String description() {
            return "drop column " + table + "." + column;
        }
    }

    /**
     * Change a column's type.
     *
     * @param table the table
     * @param column the column's name
     * @param from the database's type
     * @param to the model's type
     */
    record AlterColumnType(String table, String column, ColumnDataType from, ColumnDataType to)
            implements SchemaChange {
        @Override
        public String description() {
            return "alter column " + table + "." + column + " type " + from + " -> " + to;
        }
    }

    /**
     * Make a column take NULL, or refuse it.
     *
     * @param table the table
     * @param column the column's name
     * @param nullable whether it takes NULL afterwards
     */
    record AlterNullability(String table, String column, boolean nullable) implements SchemaChange {
        @Override
        public String description() {
            return (nullable ? "drop not null on " : "set not null on ") + table + "." + column;
        }
    }

    /**
     * Set or drop a column's default.
     *
     * @param table the table
     * @param column the column's name
     * @param from the database's default, or {@code null}
     * @param to the model's default, or {@code null} to drop it
     */
    record AlterDefault(String table, String column, @Nullable String from, @Nullable String to)
            implements SchemaChange {
        @Override
        public String description() {
            return (to == null ? "drop default on " + table + "." + column
                    : "set default on " + table + "." + column + " to " + to) + " (was " + from + ")";
        }
    }

    /**
     * Add a primary key.
     *
     * @param table the table
     * @param key the key
     */
    record AddPrimaryKey(String table, KeySchema key) implements SchemaChange {
        @Override
        public String description() {
            return "add primary key " + key.name() + " on " + table + " " + key.columns();
        }
    }

    /**
     * Add a unique constraint.
     *
     * @param table the table
     * @param key the constraint
     */
    record AddUnique(String table, KeySchema key) implements SchemaChange {
        @Override
        public String description() {
            return "add unique constraint " + key.name() + " on " + table + " " + key.columns();
        }
    }

    /**
     * Add a check constraint.
     *
     * @param table the table
     * @param check the constraint
     */
    record AddCheck(String table, CheckSchema check) implements SchemaChange {
        @Override
        public String description() {
            return "add check constraint " + check.name() + " on " + table;
        }
    }

    /**
     * Add a foreign key.
     *
     * @param table the referencing table
     * @param foreignKey the key
     */
    record AddForeignKey(String table, ForeignKeySchema foreignKey) implements SchemaChange {
        @Override
        public String description() {
            return "add foreign key " + foreignKey.name() + " on " + table + " " + foreignKey.columns() + " -> "
                    + foreignKey.referencedTable() + " " + foreignKey.referencedColumns();
        }
    }

    /**
     * Create an index.
     *
     * @param table the table
     * @param index the index
     */
    record CreateIndex(String table, IndexSchema index) implements SchemaChange {
        @Override
        public String description() {
            return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table + " "
                    + index.columns();
        }
    }

    /**
     * Drop a constraint (primary key, unique, check or foreign key) that the model does not have, or
     * has differently (it is then added again by another change).
     *
     * @param table the table
     * @param constraint the constraint's name in the database
     * @param kind what it is, e.g. {@code foreign key}
     */
    record DropConstraint(String table, String constraint, String kind) implements SchemaChange {
        @Override
        public String description() {
            return "drop " + kind + " " + constraint + " on " + table;
        }
    }

    /**
     * Drop an index that the model does not have, or has differently.
     *
     * @param table the table
     * @param index the index's name in the database
     */
    record DropIndex(String table, String index) implements SchemaChange {
        @Override
        public String description() {
            return "drop index " + index + " on " + table;
        }
    }
}
