package dev.quicksilver.mapping.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bytes every entity type's {@link Instantiator} is defined from, as a hidden class whose class
 * data is the type's composed {@code (Object[], Object[])Object} handle (see {@link Instantiators}).
 * Never loaded as itself: its handle is a {@code static final} of each hidden copy, which the JIT
 * treats as a constant and inlines through.
 */
final class InstantiatorTemplate implements Instantiator {

    private static final MethodHandle HANDLE;

    static {
        try {
            HANDLE = Objects.requireNonNull(MethodHandles.classData(MethodHandles.lookup(), "_", MethodHandle.class),
                    "InstantiatorTemplate is only used as a hidden class with a handle as class data");
        } catch (IllegalAccessException denied) {
            throw new ExceptionInInitializerError(denied);
        }
    }

    private InstantiatorTemplate() {
    }

    @Override
    public Object create(@Nullable Object[] columnValues, Object[] relationshipValues) throws Throwable {
        return (Object) HANDLE.invokeExact(columnValues, relationshipValues);
    }
}
