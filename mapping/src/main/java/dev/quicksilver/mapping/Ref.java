package dev.quicksilver.mapping;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The value of a to-one relationship ({@code @ManyToOne}, {@code @OneToOne}): either loaded — the
 * related entity, or none — or not loaded, possibly with the key of the related row known. Reading
 * an unloaded reference raises {@link UnloadedRelationshipException} instead of answering {@code null}.
 *
 * <pre>{@code
 * @Table record Album(@Id int albumId, String title, @ManyToOne Ref<Artist> artist) {}
 * album.artist().get().name();            // loaded with the query, or an error saying so
 * album.artist().key();                   // the foreign key value, loaded or not
 * new Album(0, "Let There Be Rock", Ref.toKey(1));   // refer to an existing artist by key
 * }</pre>
 *
 * @param <T> the related entity type
 *     <p>Immutable; thread-safe when the related entity is.
 */
public final class Ref<T> {

    private static final Ref<?> UNLOADED_NONE = new Ref<>(false, null, null);
    private static final Ref<?> LOADED_NONE = new Ref<>(true, null, null);

    private final boolean loaded;
    private final @Nullable T value;
    private final @Nullable Object key;

    private Ref(boolean loaded, @Nullable T value, @Nullable Object key) {
        this.loaded = loaded;
        this.value = value;
        this.key = key;
    }

    /** A loaded reference to an entity. */
    public static <T> Ref<T> of(T value) {
        return new Ref<>(true, Objects.requireNonNull(value, "value; use Ref.none() for no related row"), null);
    }

    /** A loaded reference that has no related row (a NULL foreign key). */
    @SuppressWarnings("unchecked")
    public static <T> Ref<T> none() {
        return (Ref<T>) LOADED_NONE;
    }

    /** A reference not loaded, whose key is known (as read from the foreign-key column). */
    public static <T> Ref<T> toKey(Object key) {
        return new Ref<>(false, null, Objects.requireNonNull(key, "key"));
    }

    /** A reference not loaded and without a known key. */
    @SuppressWarnings("unchecked")
    public static <T> Ref<T> unloaded() {
        return (Ref<T>) UNLOADED_NONE;
    }

    /** Whether the related entity was loaded (or is known to be absent). */
    public boolean isLoaded() {
        return loaded;
    }

    /**
     * The related entity.
     *
     * @return the entity, or {@code null} when it is loaded and there is none
     * @throws UnloadedRelationshipException when it was not loaded
     */
    public @Nullable T get() {
        if (!loaded) {
            throw new UnloadedRelationshipException("to " + (key == null ? "an unknown row" : "the row with key " + key));
        }
        return value;
    }

    /**
     * The related entity, if loaded and present.
     *
     * @throws UnloadedRelationshipException when it was not loaded
     */
    public Optional<T> find() {
        return Optional.ofNullable(get());
    }

    /** The key of the related row when known without loading it, or {@code null}. */
    public @Nullable Object key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ref<?> ref && ref.loaded == loaded && Objects.equals(ref.value, value)
                && Objects.equals(ref.key, key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(loaded, value, key);
    }

    @Override
    public String toString() {
        return loaded ? "Ref[" + value + ']' : "Ref[unloaded" + (key == null ? "" : ", key=" + key) + ']';
    }
}
