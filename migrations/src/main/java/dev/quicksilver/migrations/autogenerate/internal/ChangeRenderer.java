package dev.quicksilver.migrations.autogenerate.internal;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.migrations.autogenerate.ColumnSchema;
import dev.quicksilver.migrations.autogenerate.KeySchema;
import dev.quicksilver.migrations.autogenerate.SchemaChange;
import dev.quicksilver.migrations.autogenerate.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of each change for one dialect. The statements are standard SQL that PostgreSQL and H2 both
 * take ({@code ALTER TABLE … ALTER COLUMN … SET DATA TYPE}, {@code SET/DROP NOT NULL},
 * {@code SET/DROP DEFAULT}, {@code ADD/DROP CONSTRAINT}, {@code CREATE/DROP INDEX}); the dialect quotes
 * identifiers and names types, so there is one renderer for every database. Tables and indexes are
 * qualified with the schema when one was named, else left to the connection's search path.
 */
final class ChangeRenderer {

    private final Dialect dialect;
    private final @Nullable String schema;

    ChangeRenderer(Dialect dialect, @Nullable String schema) {
        this.dialect = dialect;
        this.schema = schema;
    }

    /** The statement of a change, without a terminating semicolon. */
    String sql(SchemaChange change) {
        if (change instanceof SchemaChange.CreateTable create) {
            return createTable(create.schema());
        }
        if (change instanceof SchemaChange.CreateSequence create) {
            return "CREATE SEQUENCE " + table(create.sequence());
        }
        if (change instanceof SchemaChange.CreateEnumType create) {
            return "CREATE TYPE " + table(create.type().name()) + " AS ENUM (" + create.type().labels().stream()
                    .map(ChangeRenderer::literal).collect(Collectors.joining(", ")) + ")";
        }
        if (change instanceof SchemaChange.AddEnumLabel add) {
            return "ALTER TYPE " + table(add.type()) + " ADD VALUE " + literal(add.label());
        }
        if (change instanceof SchemaChange.DropTable drop) {
            return "DROP TABLE " + table(drop.table()) + " CASCADE";
        }
        if (change instanceof SchemaChange.AddColumn add) {
            return alter(add.table()) + "ADD COLUMN " + column(add.column());
        }
        if (change instanceof SchemaChange.DropColumn drop) {
            return alter(drop.table()) + "DROP COLUMN " + quote(drop.column());
        }
        if (change instanceof SchemaChange.AlterColumnType type) {
            return alterColumn(type.table(), type.column()) + "SET DATA TYPE "
                    + type.to().sql(dialect);
        }
        if (change instanceof SchemaChange.AlterNullability nullability) {
            return alterColumn(nullability.table(), nullability.column())
                    + (nullability.nullable() ? "DROP NOT NULL" : "SET NOT NULL");
        }
        if (change instanceof SchemaChange.AlterDefault value) {
            return alterColumn(value.table(), value.column())
                    + (value.to() == null ? "DROP DEFAULT" : "SET DEFAULT " + value.to());
        }
        if (change instanceof SchemaChange.AddPrimaryKey key) {
            return alter(key.table()) + "ADD " + constraint(key.key().name())
                    + "PRIMARY KEY (" + columns(key.key().columns()) + ")";
        }
        if (change instanceof SchemaChange.AddUnique unique) {
            return alter(unique.table()) + "ADD " + unique(unique.key());
        }
        if (change instanceof SchemaChange.AddCheck check) {
            return alter(check.table()) + "ADD " + constraint(check.check().name())
                    + "CHECK (" + check.check().expression() + ")";
        }
        if (change instanceof SchemaChange.AddForeignKey add) {
            return alter(add.table()) + "ADD " + constraint(add.foreignKey().name())
                    + "FOREIGN KEY (" + columns(add.foreignKey().columns()) + ") REFERENCES "
                    + table(add.foreignKey().referencedTable()) + " (" + columns(add.foreignKey().referencedColumns())
                    + ") ON DELETE " + add.foreignKey().onDelete().sql();
        }
        if (change instanceof SchemaChange.CreateIndex create) {
            return "CREATE " + (create.index().unique() ? "UNIQUE " : "") + "INDEX "
                    + quote(create.index().name()) + " ON " + table(create.table()) + " ("
                    + columns(create.index().columns()) + ")";
        }
        if (change instanceof SchemaChange.DropConstraint drop) {
            return alter(drop.table()) + "DROP CONSTRAINT " + quote(drop.constraint());
        }
        if (change instanceof SchemaChange.DropIndex drop) {
            return "DROP INDEX " + table(drop.index());
        }
        throw new IllegalArgumentException("Unknown change " + change);
    }

    /**
     * Comment lines a human must read before the statement, or none: possible renames (with the
     * statement to use instead), and a NOT NULL column added without a default (fails on a table with rows).
     */
    List<String> comments(SchemaChange change) {
        List<String> comments = new ArrayList<>();
        if (change instanceof SchemaChange.AddColumn add) {
            if (add.possibleRenameOf() != null) {
                comments.add("TODO possible rename: column " + add.table() + "." + add.possibleRenameOf()
                        + " is not in the model and " + add.column().name() + " has the same type; "
                        + add.possibleRenameOf() + " was NOT dropped.");
                comments.add("If it was renamed, replace the next statement with: " + alter(add.table())
                        + "RENAME COLUMN " + quote(add.possibleRenameOf()) + " TO " + quote(add.column().name()) + ";");
            }
            if (!add.column().nullable() && add.column().defaultExpression() == null && !add.column().identity()) {
                comments.add("NOTE: a NOT NULL column without a default cannot be added to a table with rows;"
                        + " give it a default or fill it in steps.");
            }
        } else if (change instanceof SchemaChange.CreateTable create && create.possibleRenameOf() != null) {
            comments.add("TODO possible rename: table " + create.possibleRenameOf() + " is not in the model and "
                    + create.table() + " has the same column types; " + create.possibleRenameOf() + " was NOT dropped.");
            comments.add("If it was renamed, replace the next statement with: ALTER TABLE "
                    + table(create.possibleRenameOf()) + " RENAME TO " + quote(create.table()) + ";");
        } else if (change instanceof SchemaChange.AlterColumnType) {
            comments.add("NOTE: check that existing values convert to the new type.");
        } else if (change instanceof SchemaChange.AlterNullability nullability && !nullability.nullable()) {
            comments.add("NOTE: fails while rows hold NULL in it; fill them first.");
        }
        return comments;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private String createTable(TableSchema table) {
        List<String> parts = new ArrayList<>();
        table.columns().forEach(column -> parts.add(column(column)));
        KeySchema primaryKey = table.primaryKey();
        if (primaryKey != null) {
            parts.add(constraint(primaryKey.name()) + "PRIMARY KEY (" + columns(primaryKey.columns()) + ")");
        }
        table.uniqueConstraints().forEach(unique -> parts.add(unique(unique)));
        table.checks().forEach(check -> parts.add(constraint(check.name()) + "CHECK (" + check.expression() + ")"));
        return "CREATE TABLE " + table(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)";
    }

    private String column(ColumnSchema column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type().sql(dialect));
        if (column.identity()) {
            sql.append(" GENERATED BY DEFAULT AS IDENTITY");
        } else if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    private String unique(KeySchema key) {
        return constraint(key.name()) + "UNIQUE (" + columns(key.columns()) + ")";
    }

    private String alter(String table) {
        return "ALTER TABLE " + table(table) + " ";
    }

    private String alterColumn(String table, String column) {
        return alter(table) + "ALTER COLUMN " + quote(column) + " ";
    }

    private String constraint(String name) {
        return "CONSTRAINT " + quote(name) + " ";
    }

    private String table(String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    private String quote(String identifier) {
        return dialect.quoteIdentifier(identifier);
    }

    private String columns(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }
}
