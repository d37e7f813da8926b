package dev.quicksilver.migrations.autogenerate.internal;

import dev.quicksilver.migrations.autogenerate.Finding;
import dev.quicksilver.migrations.autogenerate.SchemaChange;
import dev.quicksilver.migrations.autogenerate.SchemaDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a candidate migration: a header of comments (what was compared, what to review, the
 * changes), then each change's comments and its statement, terminated by a semicolon at the end of
 * its last line.
 */
final class ScriptWriter {

    private ScriptWriter() {
    }

    static String script(String description, String compared, SchemaDiff diff, ChangeRenderer renderer) {
        List<String> lines = new ArrayList<>();
        lines.add("-- " + description);
        lines.add("-- Candidate migration written by Quicksilver autogenerate: review it before applying it.");
        lines.add("-- Compared " + compared + ".");
        if (diff.findings().isEmpty()) {
            lines.add("-- Nothing flagged for review.");
        } else {
            lines.add("-- REVIEW (" + diff.findings().size() + "):");
            for (Finding finding : diff.findings()) {
                lines.add("--   " + finding.kind() + ": " + finding.message());
            }
        }
        lines.add("-- Changes (" + diff.changes().size() + "):");
        diff.changes().forEach(change -> lines.add("--   " + change.description()));
        for (SchemaChange change : diff.changes()) {
            lines.add("");
            renderer.comments(change).forEach(comment -> lines.add("-- " + comment));
            lines.add(renderer.sql(change) + ";");
        }
        return String.join("\n", lines) + "\n";
    }
}
