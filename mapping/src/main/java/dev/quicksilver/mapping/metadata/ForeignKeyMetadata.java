package dev.quicksilver.mapping.metadata;

import dev.quicksilver.mapping.annotation.ReferentialAction;
import java.util.List;

/**
 * A foreign-key constraint of an entity's table.
 *
 * @param name the constraint name
 * @param columns the referencing columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the same order
 * @param onDelete the delete action
 */
public record ForeignKeyMetadata(String name, List<String> columns, TableName referencedTable,
                                 List<String> referencedColumns, ReferentialAction onDelete) {

    /** Copies the lists. */
    public ForeignKeyMetadata {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
