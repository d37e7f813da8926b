package dev.quicksilver.migrations.autogenerate;

import org.jspecify.annotations.Nullable;

/**
 * Something a human must look at, which autogenerate reports but does not turn into SQL on its own: a
 * possible rename, a table the model does not have (dropped only when allowed), an identity column on
 * one side only, enum labels removed or reordered. Any finding makes {@link Report#differs()} true.
 * Immutable.
 *
 * @param kind what was found
 * @param table the table (or enum type) concerned, the database's name for it
 * @param column the column concerned, or {@code null}
 * @param message what was found and what to do, in a sentence
 */
public record Finding(Kind kind, String table, @Nullable String column, String message) {

    /** What a finding is about. */
    public enum Kind {
        /** A column missing from the model and a new column of the same type in one table. */
        POSSIBLE_COLUMN_RENAME,
        /** A table missing from the model and a new table with the same column types. */
        POSSIBLE_TABLE_RENAME,
        /** A table of the database that the model does not have, not dropped (drops not allowed). */
        TABLE_NOT_IN_MODEL,
        /** A column that is an identity on one side only: changing that is left to a human. */
        IDENTITY_DIFFERS,
        /** An enum type whose labels differ from the model's other than by labels added at the end. */
        ENUM_TYPE_DIFFERS
    }
}
