package dev.quicksilver.query.repository.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The proxy's handler: each method goes to the plan made for it at creation, base methods to the
 * {@link SimpleRepository}, default methods to their own bodies. Immutable, thread-safe.
 */
final class RepositoryHandler implements InvocationHandler {

    private static final Object[] NO_ARGUMENTS = {};

    private final String name;
    private final SimpleRepository<?, ?> base;
    private final Map<Method, MethodPlan> plans;

    RepositoryHandler(String name, SimpleRepository<?, ?> base, Map<Method, MethodPlan> plans) {
        this.name = name;
        this.base = base;
        this.plans = plans;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] arguments) throws Throwable {
        Object[] given = arguments == null ? NO_ARGUMENTS : arguments;
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == given[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> name + " (" + base + ")";
                default -> throw new UnsupportedOperationException(method.getName());
            };
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, given);
        }
        MethodPlan plan = plans.get(method);
        return plan != null ? plan.invoke(given) : call(base, method, given);
    }

    /** Calls a base method on the base repository, rethrowing what it threw. */
    static Object call(Object target, Method method, @Nullable Object[] arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
