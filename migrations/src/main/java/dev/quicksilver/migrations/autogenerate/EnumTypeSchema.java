package dev.quicksilver.migrations.autogenerate;

import java.util.List;

/**
 * A named enum type (PostgreSQL's {@code CREATE TYPE … AS ENUM}), which native-enum columns are typed
 * with where the dialect has such types. Immutable.
 *
 * @param name the type's name
 * @param labels its labels, in order
 */
public record EnumTypeSchema(String name, List<String> labels) {

    /** Copies the list. */
    public EnumTypeSchema {
        labels = List.copyOf(labels);
    }
}
