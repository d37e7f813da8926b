package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.internal.TypeLayout.ColumnSlot;
import dev.quicksilver.mapping.internal.TypeLayout.RelationshipSlot;
import dev.quicksilver.mapping.internal.TypeLayout.Slot;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.modifier.Ownership;
import net.bytebuddy.description.modifier.TypeManifestation;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.implementation.bytecode.Duplication;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.TypeCreation;
import net.bytebuddy.implementation.bytecode.assign.TypeCasting;
import net.bytebuddy.implementation.bytecode.collection.ArrayAccess;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;
import net.bytebuddy.implementation.bytecode.member.FieldAccess;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;
import net.bytebuddy.implementation.bytecode.member.MethodReturn;
import net.bytebuddy.implementation.bytecode.member.MethodVariableAccess;
import org.jspecify.annotations.Nullable;

/**
 * Straight-line bytecode building a flat mutable class: a static
 * {@code create(Object[] columns, Object[] relationships)} in a hidden nestmate of the entity doing
 * {@code new}, then one {@code putfield} per property with its value cast (and unboxed) from the row's
 * arrays — what a hand-written mapper compiles to. Method-handle trees building the same instance
 * compile to code past the JIT's inlining size limit (see {@code benchmarks/README.md}); this does not.
 *
 * <p>Only for classes whose every property is a field of the class itself (not inherited, not final,
 * not an embedded value) with a no-argument constructor; others are built by {@link Instantiators}'
 * composed handles. A NULL read into a primitive property surfaces as the unboxing's
 * {@link NullPointerException}, which the returned handle turns into the layout's
 * {@link dev.quicksilver.mapping.MappingException} naming the property.
 */
final class BeanInstantiators {

    private static final MethodType CREATE = MethodType.methodType(Object.class, Object[].class, Object[].class);
    private static final MethodHandle EXPLAIN_NULL;

    static {
        try {
            EXPLAIN_NULL = MethodHandles.lookup().findStatic(BeanInstantiators.class, "explainNull",
                    MethodType.methodType(Object.class, TypeLayout.class, int[].class, NullPointerException.class,
                            Object[].class, Object[].class));
        } catch (ReflectiveOperationException missing) {
            throw new ExceptionInInitializerError(missing);
        }
    }

    private BeanInstantiators() {
    }

    /**
     * The generated {@code (Object[], Object[])Object} builder of a flat mutable class, or {@code null}
     * when the type is not one or its package does not let Quicksilver define a class in it.
     */
    static @Nullable MethodHandle of(TypeLayout layout, int[] columnPositions) {
        Class<?> type = layout.type();
        if (layout.noArguments() == null || layout.allArguments() != null) {
            return null;
        }
        List<Field> fields = new ArrayList<>();
        int[] sources = new int[layout.slots().length];
        boolean[] relationship = new boolean[sources.length];
        for (int i = 0; i < sources.length; i++) {
            Slot slot = layout.slots()[i];
            if (!(slot.property().annotations() instanceof Field field) || field.getDeclaringClass() != type
                    || Modifier.isFinal(field.getModifiers())) {
                return null;
            }
            if (slot instanceof ColumnSlot column) {
                sources[i] = columnPositions[column.columnIndex()];
            } else if (slot instanceof RelationshipSlot related) {
                sources[i] = related.relationshipIndex();
                relationship[i] = true;
            } else {
                return null;
            }
            fields.add(field);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            MethodHandles.Lookup hidden = PropertyScanner.lookup(type).defineHiddenClass(
                    bytes(type, constructor, fields, sources, relationship), true, MethodHandles.Lookup.ClassOption.NESTMATE);
            MethodHandle create = hidden.findStatic(hidden.lookupClass(), "create", CREATE);
            MethodHandle explain = MethodHandles.insertArguments(EXPLAIN_NULL, 0, layout, primitiveSources(layout, sources));
            return MethodHandles.catchException(create, NullPointerException.class, explain);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notDefinable) {
            return null;
        }
    }

    /**
     * {@code create}'s bytecode: first every value read, cast and unboxed into a local, then {@code new},
     * the constructor, and the stores one after another. With no check or call between them, the JIT
     * treats the stores as the new object's initialisation and drops the collector's write barriers
     * (interleaving reads and stores kept them, and made the compiled method too big to inline).
     */
    private static byte[] bytes(Class<?> type, Constructor<?> constructor, List<Field> fields, int[] sources,
                                boolean[] relationship) throws NoSuchMethodException {
        List<StackManipulation> code = new ArrayList<>();
        int[] locals = new int[fields.size()];
        int nextLocal = 2;
        for (int i = 0; i < fields.size(); i++) {
            Class<?> fieldType = fields.get(i).getType();
            code.add(MethodVariableAccess.REFERENCE.loadFrom(relationship[i] ? 1 : 0));
            code.add(IntegerConstant.forValue(sources[i]));
            code.add(ArrayAccess.REFERENCE.load());
            if (fieldType.isPrimitive()) {
                Class<?> boxed = TypeRegistry.boxed(fieldType);
                code.add(TypeCasting.to(TypeDescription.ForLoadedType.of(boxed)));
                code.add(MethodInvocation.invoke(new MethodDescription.ForLoadedMethod(
                        boxed.getMethod(fieldType.getName() + "Value"))));
            } else if (fieldType != Object.class) {
                code.add(TypeCasting.to(TypeDescription.ForLoadedType.of(fieldType)));
            }
            locals[i] = nextLocal;
            code.add(variable(fieldType).storeAt(nextLocal));
            nextLocal += fieldType == long.class || fieldType == double.class ? 2 : 1;
        }
        code.add(TypeCreation.of(TypeDescription.ForLoadedType.of(type)));
        code.add(Duplication.SINGLE);
        code.add(MethodInvocation.invoke(new MethodDescription.ForLoadedConstructor(constructor)));
        for (int i = 0; i < fields.size(); i++) {
            code.add(Duplication.SINGLE);
            code.add(variable(fields.get(i).getType()).loadFrom(locals[i]));
            code.add(FieldAccess.forField(new FieldDescription.ForLoadedField(fields.get(i))).write());
        }
        code.add(MethodReturn.REFERENCE);
        StackManipulation body = new StackManipulation.Compound(code);
        int localsSize = nextLocal;
        ByteCodeAppender appender = (visitor, context, method) ->
                new ByteCodeAppender.Size(body.apply(visitor, context).getMaximalSize(), localsSize);
        DynamicType.Builder<Object> builder = new ByteBuddy(ClassFileVersion.JAVA_V17)
                .subclass(Object.class, ConstructorStrategy.Default.NO_CONSTRUCTORS)
                .name(type.getName() + "$QuicksilverInstantiator")
                .modifiers(Visibility.PACKAGE_PRIVATE, TypeManifestation.FINAL)
                .defineMethod("create", Object.class, Visibility.PACKAGE_PRIVATE, Ownership.STATIC)
                .withParameters(Object[].class, Object[].class)
                .intercept(new Implementation.Simple(appender));
        try (DynamicType.Unloaded<Object> made = builder.make()) {
            return made.getBytes();
        }
    }

    private static MethodVariableAccess variable(Class<?> type) {
        return MethodVariableAccess.of(TypeDescription.ForLoadedType.of(type));
    }

    /** For each slot, its column's position when the property is primitive, else -1. */
    private static int[] primitiveSources(TypeLayout layout, int[] sources) {
        int[] primitive = new int[sources.length];
        for (int i = 0; i < sources.length; i++) {
            Slot slot = layout.slots()[i];
            primitive[i] = slot instanceof ColumnSlot && slot.property().type().isPrimitive() ? sources[i] : -1;
        }
        return primitive;
    }

    /** The exception path: a NULL in a primitive column gets the layout's message, anything else is rethrown. */
    private static Object explainNull(TypeLayout layout, int[] primitiveSources, NullPointerException failure,
                                      Object[] columns, Object[] relationships) {
        for (int i = 0; i < primitiveSources.length; i++) {
            if (primitiveSources[i] >= 0 && columns[primitiveSources[i]] == null) {
                layout.present(i, null);
            }
        }
        throw failure;
    }
}
