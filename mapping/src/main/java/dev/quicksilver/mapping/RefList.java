package dev.quicksilver.mapping;

import java.util.List;
import java.util.Objects;

/**
 * The value of a to-many relationship ({@code @OneToMany}, {@code @ManyToMany}): either the loaded
 * related entities (possibly none) or not loaded. Reading an unloaded list raises
 * {@link UnloadedRelationshipException}: an empty list always means "loaded, and there are none".
 *
 * @param <T> the related entity type
 *     <p>Immutable; the list it holds is unmodifiable.
 */
public final class RefList<T> {

    private static final RefList<?> UNLOADED = new RefList<>(null);

    private final List<T> values;

    private RefList(List<T> values) {
        this.values = values;
    }

    /** Loaded related entities (copied into an unmodifiable list). */
    public static <T> RefList<T> of(List<? extends T> values) {
        return new RefList<>(List.copyOf(values));
    }

    /** A relationship not loaded. */
    @SuppressWarnings("unchecked")
    public static <T> RefList<T> unloaded() {
        return (RefList<T>) UNLOADED;
    }

    /** Whether the related entities were loaded. */
    public boolean isLoaded() {
        return values != null;
    }

    /**
     * The related entities.
     *
     * @return the unmodifiable list, empty when there are none
     * @throws UnloadedRelationshipException when they were not loaded
     */
    public List<T> get() {
        if (values == null) {
            throw new UnloadedRelationshipException("to many rows");
        }
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RefList<?> list && Objects.equals(list.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(values);
    }

    @Override
    public String toString() {
        return values == null ? "RefList[unloaded]" : "RefList" + values;
    }
}
