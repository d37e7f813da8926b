package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.internal.TypeLayout.ColumnSlot;
import dev.quicksilver.mapping.internal.TypeLayout.EmbeddedSlot;
import dev.quicksilver.mapping.internal.TypeLayout.RelationshipSlot;
import dev.quicksilver.mapping.internal.TypeLayout.Slot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Builds each entity type's {@link Instantiator}: one method handle
 * {@code (Object[] columns, Object[] relationships)Object} composed from the type's constructor (or
 * no-argument constructor and setters), each slot's value read straight from the row's arrays, and
 * embedded values built by nested handles of the same kind (an embedded value whose columns are all
 * NULL is {@code null}). The handle becomes the class data, and so a constant, of a hidden class
 * defined from {@link InstantiatorTemplate}'s bytes, so the JIT compiles a row's construction as if
 * written by hand: no argument arrays, no calls through non-constant handles.
 */
final class Instantiators {

    /** An entity: read columns and relationships. */
    private static final MethodType ROOT = MethodType.methodType(Object.class, Object[].class, Object[].class);
    /** An embedded value: read columns only (relationships are not allowed in embedded values). */
    private static final MethodType EMBEDDED = MethodType.methodType(Object.class, Object[].class);
    private static final MethodHandle ELEMENT = MethodHandles.arrayElementGetter(Object[].class);
    private static final MethodHandle PRESENT;
    private static final MethodHandle ALL_NULL;
    private static final MethodHandle NULL = MethodHandles.dropArguments(MethodHandles.constant(Object.class, null), 0,
            Object[].class);
    private static final byte[] TEMPLATE;

    static {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            PRESENT = lookup.findVirtual(TypeLayout.class, "present",
                    MethodType.methodType(Object.class, int.class, Object.class));
            ALL_NULL = lookup.findStatic(Instantiators.class, "allNull",
                    MethodType.methodType(boolean.class, int[].class, Object[].class));
        } catch (ReflectiveOperationException missing) {
            throw new ExceptionInInitializerError(missing);
        }
        try (InputStream template = Instantiators.class.getResourceAsStream("InstantiatorTemplate.class")) {
            TEMPLATE = Objects.requireNonNull(template, "InstantiatorTemplate.class is missing").readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private Instantiators() {
    }

    /** Initialises the class (its template is read from the class path then); does nothing else. */
    static void initialise() {
        // the static initialiser ran when this was called
    }

    /**
     * The instantiator of an entity type.
     *
     * @param root the entity's layout
     * @param columnPositions for each column number a {@link ColumnSlot} holds, the column's final position
     */
    static Instantiator of(TypeLayout root, int[] columnPositions) {
        MethodHandle generated = BeanInstantiators.of(root, columnPositions);
        MethodHandle handle = generated != null ? generated : build(root, columnPositions, ROOT);
        try {
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClassWithClassData(TEMPLATE, handle, true);
            return (Instantiator) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable failure) {
            throw new IllegalStateException("Could not define the instantiator of " + root.type().getName(), failure);
        }
    }

    /** A handle of the given shape ({@link #ROOT} or {@link #EMBEDDED}) building one layout's instance. */
    private static MethodHandle build(TypeLayout layout, int[] columnPositions, MethodType shape) {
        Slot[] slots = layout.slots();
        MethodHandle[] values = new MethodHandle[slots.length];
        int[] arrays = new int[slots.length];
        for (int i = 0; i < slots.length; i++) {
            Slot slot = slots[i];
            if (slot instanceof ColumnSlot column) {
                values[i] = element(columnPositions[column.columnIndex()]);
                if (slot.property().type().isPrimitive()) {
                    values[i] = MethodHandles.filterReturnValue(values[i], MethodHandles.insertArguments(PRESENT, 0,
                            layout, i));
                }
            } else if (slot instanceof EmbeddedSlot embedded) {
                values[i] = build(embedded.layout(), columnPositions, EMBEDDED);
            } else {
                values[i] = element(((RelationshipSlot) slot).relationshipIndex());
                arrays[i] = 1;
            }
        }
        MethodHandle construct = layout.allArguments();
        MethodHandle built = construct != null ? construct(construct, values, arrays, shape)
                : populate(layout, values, arrays, shape);
        if (shape == ROOT) {
            return built;
        }
        MethodHandle allNull = MethodHandles.insertArguments(ALL_NULL, 0, (Object) columns(layout, columnPositions));
        return MethodHandles.guardWithTest(allNull, NULL, built);
    }

    /** {@code (Object[])Object} reading one element. */
    private static MethodHandle element(int index) {
        return MethodHandles.insertArguments(ELEMENT, 1, index);
    }

    /** Passes each slot's value, read from its array, to the constructor taking every slot. */
    private static MethodHandle construct(MethodHandle constructor, MethodHandle[] values, int[] arrays,
                                          MethodType shape) {
        MethodHandle generic = constructor.asType(MethodType.genericMethodType(values.length));
        return MethodHandles.permuteArguments(MethodHandles.filterArguments(generic, 0, values), shape, arrays);
    }

    /** Creates the instance with the no-argument constructor, then sets each slot in declaration order. */
    private static MethodHandle populate(TypeLayout layout, MethodHandle[] values, int[] arrays, MethodType shape) {
        MethodType withInstance = shape.insertParameterTypes(0, Object.class);
        MethodHandle populated = MethodHandles.dropArguments(MethodHandles.identity(Object.class), 1,
                shape.parameterList());
        for (int i = values.length - 1; i >= 0; i--) {
            MethodHandle setter = Objects.requireNonNull(layout.slots()[i].property().setter(), "setter");
            MethodHandle set = MethodHandles.permuteArguments(MethodHandles.filterArguments(setter, 1, values[i]),
                    withInstance.changeReturnType(void.class), 0, 1 + arrays[i]);
            populated = MethodHandles.foldArguments(populated, set);
        }
        return MethodHandles.foldArguments(populated, Objects.requireNonNull(layout.noArguments(), "constructor"));
    }

    /** The final positions of every column a layout holds, through nested embedded values. */
    private static int[] columns(TypeLayout layout, int[] columnPositions) {
        return Arrays.stream(layout.slots()).flatMapToInt(slot -> {
            if (slot instanceof ColumnSlot column) {
                return IntStream.of(columnPositions[column.columnIndex()]);
            }
            return slot instanceof EmbeddedSlot embedded ? IntStream.of(columns(embedded.layout(), columnPositions))
                    : IntStream.empty();
        }).toArray();
    }

    private static boolean allNull(int[] positions, @Nullable Object[] columnValues) {
        for (int position : positions) {
            if (columnValues[position] != null) {
                return false;
            }
        }
        return true;
    }
}
