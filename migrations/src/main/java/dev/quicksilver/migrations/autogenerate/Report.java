package dev.quicksilver.migrations.autogenerate;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer of {@link Autogenerate#check()}: whether model and database differ, and how, for CI (the
 * command line exits non-zero when {@link #differs()}). Immutable.
 *
 * @param compared what was compared, e.g. {@code 11 tables of the model with schema "public" (PostgreSQL)}
 * @param diff the differences
 */
public record Report(String compared, SchemaDiff diff) {

    /** Whether model and database differ: a change to make or a finding to review. */
    public boolean differs() {
        return !diff.isEmpty();
    }

    /** The report as lines of text: what was compared, then each change and each finding. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Compared " + compared + ": " + (differs() ? diff.changes().size() + " change(s), "
                + diff.findings().size() + " finding(s) to review" : "no differences"));
        diff.changes().forEach(change -> lines.add("  change:  " + change.description()));
        diff.findings().forEach(finding -> lines.add("  review:  " + finding.message()));
        return List.copyOf(lines);
    }

    @Override
    public String toString() {
        return String.join(System.lineSeparator(), lines());
    }
}
