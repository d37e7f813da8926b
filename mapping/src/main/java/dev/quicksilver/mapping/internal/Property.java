package dev.quicksilver.mapping.internal;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * A mappable property of a class or record: its name, types, annotations, and method handles to read
 * it (and, for mutable classes, write it), typed {@code (Object)Object} and {@code (Object,Object)void}.
 */
record Property(String name, Class<?> type, Type genericType, AnnotatedElement annotations, MethodHandle getter,
                @Nullable MethodHandle setter) {
}
