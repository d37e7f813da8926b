package dev.quicksilver.mapping.metadata;

import java.util.List;

/**
 * An index of an entity's table.
 *
 * @param name the index name
 * @param columns the indexed columns, in order
 * @param unique whether it is unique
 */
public record IndexMetadata(String name, List<String> columns, boolean unique) {

    /** Copies the list. */
    public IndexMetadata {
        columns = List.copyOf(columns);
    }
}
