package dev.quicksilver.migrations.autogenerate;

import java.util.List;

/**
 * A primary key or unique constraint: its name and its columns in key order. Immutable.
 *
 * @param name the constraint's name
 * @param columns its columns, in order
 */
public record KeySchema(String name, List<String> columns) {

    /** Copies the list. */
    public KeySchema {
        columns = List.copyOf(columns);
    }
}
