package dev.quicksilver.mapping.metadata;

import java.util.List;

/**
 * A unique constraint of an entity's table.
 *
 * @param name the constraint name
 * @param columns the columns, in order
 */
public record UniqueConstraintMetadata(String name, List<String> columns) {

    /** Copies the list. */
    public UniqueConstraintMetadata {
        columns = List.copyOf(columns);
    }
}
