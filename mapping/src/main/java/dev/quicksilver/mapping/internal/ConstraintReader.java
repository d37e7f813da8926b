package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.annotation.Check;
import dev.quicksilver.mapping.annotation.Index;
import dev.quicksilver.mapping.annotation.UniqueConstraint;
import dev.quicksilver.mapping.metadata.CheckMetadata;
import dev.quicksilver.mapping.metadata.IndexMetadata;
import dev.quicksilver.mapping.metadata.UniqueConstraintMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the table-level constraints: declared indexes, unique constraints (declared, and
 * {@code @Column(unique = true)}) and checks, checking that every column they name exists. An index
 * on a foreign key that the declarations already cover is not added twice.
 */
final class ConstraintReader {

    private ConstraintReader() {
    }

    static void read(EntityDraft draft) {
        String table = draft.table.name();
        List<IndexMetadata> declared = new ArrayList<>();
        for (Index index : draft.type.getAnnotationsByType(Index.class)) {
            List<String> columns = columns(draft, "@Index", index.columns());
            declared.add(new IndexMetadata(index.name().isEmpty() ? table + "_" + String.join("_", columns) + "_idx"
                    : index.name(), columns, index.unique()));
        }
        draft.indexes.removeIf(implicit -> declared.stream().anyMatch(index -> index.columns().equals(implicit.columns())));
        draft.indexes.addAll(0, declared);
        for (ColumnDraft column : draft.columns) {
            if (column.unique) {
                draft.uniques.add(new UniqueConstraintMetadata(table + "_" + column.name + "_key", List.of(column.name)));
            }
        }
        for (UniqueConstraint unique : draft.type.getAnnotationsByType(UniqueConstraint.class)) {
            List<String> columns = columns(draft, "@UniqueConstraint", unique.columns());
            draft.uniques.add(new UniqueConstraintMetadata(unique.name().isEmpty()
                    ? table + "_" + String.join("_", columns) + "_key" : unique.name(), columns));
        }
        Check[] checks = draft.type.getAnnotationsByType(Check.class);
        for (int i = 0; i < checks.length; i++) {
            if (checks[i].rawSql().isBlank()) {
                throw new MappingException(draft.type, null, "has a @Check with an empty condition.");
            }
            draft.checks.add(new CheckMetadata(checks[i].name().isEmpty()
                    ? table + "_check" + (checks.length == 1 ? "" : String.valueOf(i + 1)) : checks[i].name(),
                    checks[i].rawSql()));
        }
    }

    private static List<String> columns(EntityDraft draft, String annotation, String[] names) {
        if (names.length == 0) {
            throw new MappingException(draft.type, null, "has an " + annotation + " without columns.");
        }
        List<String> columns = new ArrayList<>(names.length);
        for (String name : names) {
            ColumnDraft column = draft.column(name);
            if (column == null) {
                throw new MappingException(draft.type, null, annotation + " names the column '" + name + "', which the"
                        + " table does not have; its columns are " + draft.columnNames() + '.');
            }
            columns.add(column.name);
        }
        return columns;
    }
}
