package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.Converter;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.NamingStrategy;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** Builds entity metadata on first use and caches it per type. */
public final class DefaultMappingContext implements MappingContext {

    /** The context behind {@link MappingContext#standard()}. */
    public static final MappingContext STANDARD = new DefaultMappingContext(NamingStrategy.snakeCase(), List.of());

    private final NamingStrategy naming;
    private final EntityMetadataReader reader;
    private final ConcurrentHashMap<Class<?>, EntityMetadata<?>> cache = new ConcurrentHashMap<>();

    /**
     * Creates a context.
     *
     * @param naming the naming strategy
     * @param converters converters for every property of their Java type
     */
    public DefaultMappingContext(NamingStrategy naming, List<Converter<?, ?>> converters) {
        this.naming = naming;
        this.reader = new EntityMetadataReader(naming, new TypeRegistry(converters, naming), this);
        // The instantiator template is read from the class path once, when its class initialises: here, where
        // contexts are built (at start-up), not on an event loop where the first entity is read.
        Instantiators.initialise();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> EntityMetadata<T> entity(Class<T> type) {
        EntityMetadata<?> cached = cache.get(type);
        if (cached == null) {
            // Built outside computeIfAbsent: reading one entity may ask for another's metadata.
            cached = reader.read(type);
            EntityMetadata<?> raced = cache.putIfAbsent(type, cached);
            if (raced != null) {
                cached = raced;
            }
        }
        return (EntityMetadata<T>) cached;
    }

    @Override
    public NamingStrategy namingStrategy() {
        return naming;
    }

    @Override
    public String toString() {
        return "MappingContext{naming=" + naming + ", entities=" + cache.size() + '}';
    }
}
