package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.MappingException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one entity or embeddable type is built and changed: its slots (properties in declaration
 * order) and either a constructor taking every slot (records, immutable classes) or a no-argument
 * constructor plus setters (mutable classes). Handles are resolved once.
 */
final class TypeLayout {

    /** A property of the type and what it holds. */
    sealed interface Slot permits ColumnSlot, EmbeddedSlot, RelationshipSlot {
        Property property();
    }

    /** A property stored in one column. */
    record ColumnSlot(Property property, int columnIndex) implements Slot {
    }

    /** An embedded value object stored in several columns. */
    record EmbeddedSlot(Property property, TypeLayout layout) implements Slot {
    }

    /** A relationship property ({@code Ref}/{@code RefList}). */
    record RelationshipSlot(Property property, int relationshipIndex) implements Slot {
    }

    private final Class<?> type;
    private final Slot[] slots;
    /** The constructor taking every slot, typed {@code (slot types)Object}; or {@code null}. */
    private final @Nullable MethodHandle allArguments;
    /** {@link #allArguments} spread over one {@code Object[]}. */
    private final @Nullable MethodHandle spreadArguments;
    private final @Nullable MethodHandle noArguments;

    TypeLayout(Class<?> type, List<Slot> slots) {
        this.type = type;
        this.slots = slots.toArray(Slot[]::new);
        MethodHandles.Lookup lookup = PropertyScanner.lookup(type);
        Class<?>[] parameterTypes = slots.stream().map(slot -> slot.property().type()).toArray(Class<?>[]::new);
        MethodHandle all = null;
        MethodHandle none = null;
        boolean settable = slots.stream().allMatch(slot -> slot.property().setter() != null);
        try {
            if (!type.isRecord() && settable) {
                Constructor<?> noArgs = declared(type);
                if (noArgs != null) {
                    none = lookup.unreflectConstructor(noArgs).asType(MethodType.methodType(Object.class));
                }
            }
            if (none == null) {
                Constructor<?> constructor = declared(type, parameterTypes);
                if (constructor == null) {
                    throw new MappingException(type, null, type.isRecord()
                            ? "the record has no canonical constructor Quicksilver can call."
                            : "needs a no-argument constructor (with non-final fields), or a constructor taking every"
                            + " mapped field in declaration order: " + Arrays.toString(parameterTypes) + '.');
                }
                all = lookup.unreflectConstructor(constructor).asType(MethodType.methodType(Object.class, parameterTypes));
            }
        } catch (IllegalAccessException denied) {
            throw new MappingException(type, null, "its constructor is not accessible: " + denied.getMessage());
        }
        this.allArguments = all;
        this.spreadArguments = all == null ? null : all.asSpreader(Object[].class, parameterTypes.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
        this.noArguments = none;
    }

    private static @Nullable Constructor<?> declared(Class<?> type, Class<?>... parameterTypes) {
        try {
            return type.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException absent) {
            return null;
        }
    }

    Class<?> type() {
        return type;
    }

    Slot[] slots() {
        return slots;
    }

    /**
     * The constructor taking every slot, typed {@code (slot types)Object}, or {@code null} when the
     * type is built with {@link #noArguments()} and setters.
     */
    @Nullable MethodHandle allArguments() {
        return allArguments;
    }

    /** The no-argument constructor, typed {@code ()Object}, or {@code null} when {@link #allArguments()} builds. */
    @Nullable MethodHandle noArguments() {
        return noArguments;
    }

    /**
     * A slot's value, checked before it is passed on: a primitive property cannot take NULL.
     *
     * @throws MappingException when the slot is primitive and the value {@code null}
     */
    @Nullable Object present(int slot, @Nullable Object value) {
        if (value == null && slots[slot].property().type().isPrimitive()) {
            throw nullInPrimitive(slots[slot].property());
        }
        return value;
    }

    /** Kept out of {@link #present} so that the JIT inlines the check, not the message. */
    private MappingException nullInPrimitive(Property property) {
        return new MappingException(type, property.name(), "is a primitive " + property.type().getName()
                + ", but its column holds NULL. Make the property an "
                + TypeRegistry.boxed(property.type()).getSimpleName() + ", or the column NOT NULL.");
    }

    /** Builds an instance from one value per slot. */
    Object construct(@Nullable Object[] slotValues) {
        for (int i = 0; i < slots.length; i++) {
            present(i, slotValues[i]);
        }
        try {
            if (spreadArguments != null) {
                return (Object) spreadArguments.invokeExact(slotValues);
            }
            Object instance = (Object) noArguments.invokeExact();
            for (int i = 0; i < slots.length; i++) {
                set(slots[i], instance, slotValues[i]);
            }
            return instance;
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable failure) {
            throw new IllegalStateException("Could not create a " + type.getName() + ": " + failure, failure);
        }
    }

    /** Reads a slot's value. */
    static @Nullable Object get(Slot slot, Object instance) {
        try {
            return (Object) slot.property().getter().invokeExact(instance);
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable failure) {
            throw new IllegalStateException("Could not read " + slot.property().name() + ": " + failure, failure);
        }
    }

    private static void set(Slot slot, Object instance, @Nullable Object value) throws Throwable {
        MethodHandle setter = slot.property().setter();
        if (setter == null) {
            throw new IllegalStateException("No setter for " + slot.property().name());
        }
        setter.invokeExact(instance, value);
    }

    /** The instance with one slot changed: the same object when mutable, else a new one. */
    Object with(Object instance, int slotIndex, @Nullable Object value) {
        if (noArguments != null) {
            try {
                set(slots[slotIndex], instance, value);
                return instance;
            } catch (RuntimeException | Error failure) {
                throw failure;
            } catch (Throwable failure) {
                throw new IllegalStateException("Could not write " + slots[slotIndex].property().name(), failure);
            }
        }
        Object[] values = new Object[slots.length];
        for (int i = 0; i < slots.length; i++) {
            values[i] = i == slotIndex ? value : get(slots[i], instance);
        }
        return construct(values);
    }
}
