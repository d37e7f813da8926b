package dev.quicksilver.query.repository.internal;

import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.repository.Repositories;
import dev.quicksilver.query.repository.ReactiveRepository;
import dev.quicksilver.query.repository.RepositoryDefinitionException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Implements repository interfaces as {@link Proxy} instances: resolves the entity and id types from
 * the interface's {@link ReactiveRepository} supertype, plans every method once ({@link MethodPlanner}),
 * and hands the base methods to a {@link SimpleRepository}. Immutable, thread-safe.
 */
public final class RepositoryFactory implements Repositories {

    private final Quicksilver quicksilver;

    private RepositoryFactory(Quicksilver quicksilver) {
        this.quicksilver = quicksilver;
    }

    /**
     * The factory behind {@link Repositories#of(Quicksilver)}.
     *
     * @param quicksilver the query entry point
     * @return the factory
     */
    public static Repositories create(Quicksilver quicksilver) {
        return new RepositoryFactory(Objects.requireNonNull(quicksilver, "quicksilver"));
    }

    @Override
    public <R extends ReactiveRepository<?, ?>> R create(Class<R> repositoryInterface) {
        Objects.requireNonNull(repositoryInterface, "repositoryInterface");
        String name = repositoryInterface.getSimpleName();
        if (!repositoryInterface.isInterface()) {
            throw new RepositoryDefinitionException(name + ": a repository must be an interface extending ReactiveRepository");
        }
        Type[] arguments = repositoryArguments(repositoryInterface, repositoryInterface);
        if (arguments == null || !(arguments[0] instanceof Class<?> entityType) || !(arguments[1] instanceof Class<?> idType)) {
            throw new RepositoryDefinitionException(name + ": extend ReactiveRepository<Entity, Id> with concrete types,"
                    + " e.g. interface " + name + " extends ReactiveRepository<StockItem, Long>");
        }
        return repositoryInterface.cast(build(repositoryInterface, entityType, idType));
    }

    private <E> Object build(Class<?> repositoryInterface, Class<E> entityType, Class<?> idType) {
        String name = repositoryInterface.getSimpleName();
        EntityMetadata<E> metadata;
        try {
            metadata = quicksilver.mapping().entity(entityType);
        } catch (MappingException | IllegalArgumentException e) {
            throw new RepositoryDefinitionException(name + ": " + entityType.getSimpleName() + " is not a mapped entity: "
                    + e.getMessage());
        }
        if (metadata.idColumns().size() != 1) {
            throw new RepositoryDefinitionException(name + ": " + entityType.getSimpleName() + " has "
                    + metadata.idColumns().size() + " id columns; repositories support a single-column id");
        }
        ColumnMetadata idColumn = metadata.idColumns().get(0);
        if (MethodPlanner.box(idColumn.javaType()) != MethodPlanner.box(idType)) {
            throw new RepositoryDefinitionException(name + ": the id type " + idType.getSimpleName() + " does not match "
                    + entityType.getSimpleName() + "." + idColumn.propertyPath() + " (" + idColumn.javaType().getSimpleName()
                    + ")");
        }
        EntityModel<E> entity = EntityModel.of(entityType);
        SimpleRepository<E, Object> base = new SimpleRepository<>(quicksilver, entity, metadata, idColumn);
        MethodPlanner<E> planner = new MethodPlanner<>(quicksilver, entity, metadata, repositoryInterface);
        Map<Method, MethodPlan> plans = new HashMap<>();
        for (Method method : repositoryInterface.getMethods()) {
            if (method.getDeclaringClass() == ReactiveRepository.class || method.isDefault()
                    || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Method baseMethod = baseMethod(method);
            plans.put(method, baseMethod != null ? arguments -> RepositoryHandler.call(base, baseMethod, arguments)
                    : planner.plan(method));
        }
        return Proxy.newProxyInstance(repositoryInterface.getClassLoader(), new Class<?>[] {repositoryInterface},
                new RepositoryHandler(name, base, Map.copyOf(plans)));
    }

    /** A base method the interface redeclares (same name and parameter count), or null. */
    private static @Nullable Method baseMethod(Method method) {
        for (Method candidate : ReactiveRepository.class.getMethods()) {
            if (candidate.getName().equals(method.getName())
                    && candidate.getParameterCount() == method.getParameterCount()) {
                return candidate;
            }
        }
        return null;
    }

    /** The actual type arguments of ReactiveRepository as seen from {@code type}, or null. */
    private static Type @Nullable [] repositoryArguments(Class<?> start, Type type) {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
        if (raw == ReactiveRepository.class) {
            return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments() : null;
        }
        for (Type parent : raw.getGenericInterfaces()) {
            Type[] found = repositoryArguments(start, parent);
            if (found != null) {
                if (type instanceof ParameterizedType parameterized) {
                    TypeVariable<?>[] variables = raw.getTypeParameters();
                    for (int i = 0; i < found.length; i++) {
                        for (int v = 0; v < variables.length; v++) {
                            if (found[i].equals(variables[v])) {
                                found[i] = parameterized.getActualTypeArguments()[v];
                            }
                        }
                    }
                }
                return found;
            }
        }
        return null;
    }
}
