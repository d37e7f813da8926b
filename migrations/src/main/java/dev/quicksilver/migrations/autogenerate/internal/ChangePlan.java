package dev.quicksilver.migrations.autogenerate.internal;

import dev.quicksilver.migrations.autogenerate.Finding;
import dev.quicksilver.migrations.autogenerate.SchemaChange;
import dev.quicksilver.migrations.autogenerate.SchemaDiff;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects changes by phase and hands them out in the order they can run: what depends on an object
 * is dropped before it, what depends on a new object is created after it. Not thread-safe; one per diff.
 */
final class ChangePlan {

    /** The phases, in order. */
    enum Phase {
        DROP_FOREIGN_KEYS, DROP_INDEXES_AND_CONSTRAINTS, CREATE_TYPES_AND_SEQUENCES, CREATE_TABLES, ADD_COLUMNS, ALTER_COLUMNS, DROP_COLUMNS,
        ADD_KEYS_AND_CHECKS, ADD_FOREIGN_KEYS, CREATE_INDEXES, DROP_TABLES
    }

    private final Map<Phase, List<SchemaChange>> changes = new EnumMap<>(Phase.class);
    private final List<Finding> findings = new ArrayList<>();

    void add(Phase phase, SchemaChange change) {
        changes.computeIfAbsent(phase, key -> new ArrayList<>()).add(change);
    }

    void report(Finding finding) {
        findings.add(finding);
    }

    SchemaDiff diff() {
        List<SchemaChange> ordered = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            ordered.addAll(changes.getOrDefault(phase, List.of()));
        }
        return new SchemaDiff(ordered, findings);
    }
}
