package dev.quicksilver.migrations.autogenerate;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How autogenerate compares: which schema it reads, whether tables missing from the model are dropped,
 * and which tables it leaves alone. Immutable; {@link #builder()} and {@link #mutate()} make new ones.
 *
 * @param schema the schema to read, or {@code null} for the connection's current schema
 * @param allowDropTables whether tables the model does not have are dropped (default: reported only)
 * @param ignoredTables tables neither compared nor reported, e.g. a migration history table (matched
 *     without regard to case)
 */
public record AutogenerateOptions(@Nullable String schema, boolean allowDropTables, Set<String> ignoredTables) {

    /** Copies the set. */
    public AutogenerateOptions {
        ignoredTables = Set.copyOf(ignoredTables);
    }

    /** The defaults: current schema, no table drops, nothing ignored. */
    public static AutogenerateOptions defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder mutate() {
        Builder builder = new Builder().schema(schema).allowDropTables(allowDropTables);
        builder.ignoredTables.addAll(ignoredTables);
        return builder;
    }

    /**
     * Whether a table is ignored.
     *
     * @param table a table's name
     * @return whether it is in {@link #ignoredTables()}, ignoring case
     */
    public boolean ignores(String table) {
        return ignoredTables.stream().anyMatch(ignored -> ignored.toLowerCase(Locale.ROOT)
                .equals(table.toLowerCase(Locale.ROOT)));
    }

    /** Builds {@link AutogenerateOptions}; not thread-safe. */
    public static final class Builder {
        private @Nullable String schema;
        private boolean allowDropTables;
        private final Set<String> ignoredTables = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * The schema to read.
         *
         * @param schema a schema name as the database stores it, or {@code null} for the current schema
         * @return this builder
         */
        public Builder schema(@Nullable String schema) {
            this.schema = schema;
            return this;
        }

        /**
         * Whether tables the model does not have are dropped.
         *
         * @param allow true to emit {@code DROP TABLE} for them
         * @return this builder
         */
        public Builder allowDropTables(boolean allow) {
            this.allowDropTables = allow;
            return this;
        }

        /**
         * Adds tables that are neither compared nor reported.
         *
         * @param tables table names
         * @return this builder
         */
        public Builder ignoreTables(String... tables) {
            for (String table : tables) {
                ignoredTables.add(Objects.requireNonNull(table, "table"));
            }
            return this;
        }

        /** The options. */
        public AutogenerateOptions build() {
            return new AutogenerateOptions(schema, allowDropTables, ignoredTables);
        }
    }
}
