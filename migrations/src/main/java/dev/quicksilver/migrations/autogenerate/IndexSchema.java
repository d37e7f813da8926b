package dev.quicksilver.migrations.autogenerate;

import java.util.List;

/**
 * An index that backs no constraint. Immutable.
 *
 * @param name the index's name
 * @param columns its columns, in order
 * @param unique whether it is a unique index
 */
public record IndexSchema(String name, List<String> columns, boolean unique) {

    /** Copies the list. */
    public IndexSchema {
        columns = List.copyOf(columns);
    }
}
