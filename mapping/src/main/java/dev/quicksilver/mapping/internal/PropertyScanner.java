package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.annotation.Transient;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Lists the mapped properties of a type: a record's components, or a class's instance fields
 * (superclasses first), without {@code static}, {@code transient} and {@link Transient} ones.
 */
final class PropertyScanner {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    private PropertyScanner() {
    }

    static MethodHandles.Lookup lookup(Class<?> type) {
        try {
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        } catch (IllegalAccessException denied) {
            throw new MappingException(type, null, "Quicksilver cannot access this type's members: open its package"
                    + " to dev.quicksilver.mapping (module-info 'opens'). " + denied.getMessage());
        }
    }

    static List<Property> scan(Class<?> type) {
        MethodHandles.Lookup lookup = lookup(type);
        List<Property> properties = new ArrayList<>();
        try {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.isAnnotationPresent(Transient.class)) {
                        throw new MappingException(type, component.getName(), "a record component cannot be @Transient:"
                                + " every component is passed to the constructor. Remove it from the record or the annotation.");
                    }
                    MethodHandle getter = lookup.unreflect(component.getAccessor()).asType(GETTER);
                    properties.add(new Property(component.getName(), component.getType(), component.getGenericType(),
                            component, getter, null));
                }
                return properties;
            }
            Deque<Class<?>> hierarchy = new ArrayDeque<>();
            for (Class<?> current = type; current != null && current.getModule() != Object.class.getModule();
                    current = current.getSuperclass()) {
                hierarchy.push(current);
            }
            for (Class<?> declaring : hierarchy) {
                MethodHandles.Lookup declaringLookup = declaring == type ? lookup : lookup(declaring);
                List<Field> mapped = new ArrayList<>();
                List<Field> writable = new ArrayList<>();
                for (Field field : declaring.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                            || field.isAnnotationPresent(Transient.class)) {
                        continue;
                    }
                    mapped.add(field);
                    if (!Modifier.isFinal(modifiers)) {
                        writable.add(field);
                    }
                }
                Map<Field, MethodHandle> setters = FieldWriters.of(declaringLookup, declaring, writable);
                for (Field field : mapped) {
                    MethodHandle getter = declaringLookup.unreflectGetter(field).asType(GETTER);
                    MethodHandle setter = setters.containsKey(field) ? setters.get(field).asType(SETTER) : null;
                    properties.add(new Property(field.getName(), field.getType(), field.getGenericType(), field,
                            getter, setter));
                }
            }
            return properties;
        } catch (IllegalAccessException denied) {
            throw new MappingException(type, null, "a property could not be accessed: " + denied.getMessage());
        }
    }
}
