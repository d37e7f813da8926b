package dev.quicksilver.migrations.autogenerate;

import dev.quicksilver.mapping.annotation.ReferentialAction;
import java.util.List;

/**
 * A foreign key. Immutable.
 *
 * @param name the constraint's name
 * @param columns the referencing columns, in order
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the same order
 * @param onDelete what deleting a referenced row does
 */
public record ForeignKeySchema(String name, List<String> columns, String referencedTable,
                               List<String> referencedColumns, ReferentialAction onDelete) {

    /** Copies the lists. */
    public ForeignKeySchema {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
