package dev.quicksilver.mapping.metadata;

import dev.quicksilver.mapping.annotation.ReferentialAction;
import java.util.List;

/**
 * The association table of a many-to-many relationship.
 *
 * @param table the table
 * @param ownerColumns columns referencing the owning entity
 * @param targetColumns columns referencing the target entity
 * @param onDelete what happens to association rows when either side is deleted
 */
public record JoinTableMetadata(TableName table, List<JoinColumnMetadata> ownerColumns,
                                List<JoinColumnMetadata> targetColumns, ReferentialAction onDelete) {

    /** Copies the lists. */
    public JoinTableMetadata {
        ownerColumns = List.copyOf(ownerColumns);
        targetColumns = List.copyOf(targetColumns);
    }
}
