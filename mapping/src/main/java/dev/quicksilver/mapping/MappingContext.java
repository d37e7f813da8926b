package dev.quicksilver.mapping;

import dev.quicksilver.mapping.internal.DefaultMappingContext;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds and caches entity metadata under one naming strategy and one set of converters. Create one
 * per application (the default, {@link #standard()}, suits most) and share it.
 *
 * <pre>{@code
 * EntityMetadata<Album> album = MappingContext.standard().entity(Album.class);
 * album.table();            // album
 * album.foreignKeys();      // album_artist_id_fkey → artist(artist_id)
 * }</pre>
 *
 * <p>Thread-safe. Metadata is built the first time a type is asked for; declaration errors are
 * raised then as {@link MappingException}s naming the class and property.
 */
public interface MappingContext {

    /** A shared context with the snake_case naming strategy and no extra converters. */
    static MappingContext standard() {
        return DefaultMappingContext.STANDARD;
    }

    /** A builder for a context of your own. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * The metadata of an entity type, built on first use and cached.
     *
     * @param type a class or record annotated {@code @Table}
     * @param <T> the entity type
     * @return its metadata
     * @throws MappingException when the declaration is wrong; the message names class and property
     */
    <T> EntityMetadata<T> entity(Class<T> type);

    /** The naming strategy. */
    NamingStrategy namingStrategy();

    /** Builds a {@link MappingContext}. Not thread-safe; use from one thread. */
    final class Builder {

        private NamingStrategy namingStrategy = NamingStrategy.snakeCase();
        private final List<Converter<?, ?>> converters = new ArrayList<>();

        private Builder() {
        }

        /** Sets the naming strategy. */
        public Builder namingStrategy(NamingStrategy namingStrategy) {
            this.namingStrategy = Objects.requireNonNull(namingStrategy, "namingStrategy");
            return this;
        }

        /** Registers a converter for every property of its Java type (a property's {@code @Convert} wins). */
        public Builder converter(Converter<?, ?> converter) {
            this.converters.add(Objects.requireNonNull(converter, "converter"));
            return this;
        }

        /** Builds the context. */
        public MappingContext build() {
            return new DefaultMappingContext(namingStrategy, converters);
        }
    }
}
