package dev.quicksilver.migrations.autogenerate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The structure of one schema — tables with their columns, keys, foreign keys, unique and check
 * constraints and indexes — read from a live database ({@link SchemaReader}) or built from mapping
 * metadata ({@link Autogenerate#model()}), in a shape where the two compare.
 *
 * <p>Names are kept as the database stores them. Lookups ({@link #table(String)}) try the exact name
 * first, then the name without regard to case, so a model's quoted lower-case {@code album} finds H2's
 * unquoted (upper-case) {@code ALBUM}. Immutable and thread-safe.
 *
 * @param schema the schema read, or {@code null} for a catalog built from the model
 * @param tables the tables: a live catalog's ordered by name, a model's in the order of its entities
 * @param sequences the sequences (not those behind identity columns), ordered by name
 * @param enumTypes the named enum types (PostgreSQL), ordered by name
 */
public record Catalog(@Nullable String schema, List<TableSchema> tables, List<String> sequences,
                      List<EnumTypeSchema> enumTypes) {

    /** Copies the lists. */
    public Catalog {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        enumTypes = List.copyOf(enumTypes);
    }

    /**
     * A catalog of tables only.
     *
     * @param schema the schema, or {@code null}
     * @param tables the tables
     */
    public Catalog(@Nullable String schema, List<TableSchema> tables) {
        this(schema, tables, List.of(), List.of());
    }

    /**
     * A table by name: exact first, then ignoring case.
     *
     * @param name the table's name
     * @return the table, or empty
     */
    public Optional<TableSchema> table(String name) {
        return find(tables, TableSchema::name, name);
    }

    /**
     * Finds an element by name: the exact name first, then the only one equal ignoring case.
     *
     * @param elements where to look
     * @param nameOf the element's name
     * @param name the name sought
     * @param <T> the element type
     * @return the element, or empty
     */
    static <T> Optional<T> find(List<T> elements, java.util.function.Function<T, String> nameOf, String name) {
        Objects.requireNonNull(name, "name");
        for (T element : elements) {
            if (nameOf.apply(element).equals(name)) {
                return Optional.of(element);
            }
        }
        String folded = name.toLowerCase(Locale.ROOT);
        List<T> folding = elements.stream().filter(element -> nameOf.apply(element).toLowerCase(Locale.ROOT)
                .equals(folded)).toList();
        return folding.size() == 1 ? Optional.of(folding.get(0)) : Optional.empty();
    }
}
