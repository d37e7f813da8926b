package dev.quicksilver.mapping.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.modifier.Ownership;
import net.bytebuddy.description.modifier.TypeManifestation;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.member.FieldAccess;
import net.bytebuddy.implementation.bytecode.member.MethodReturn;
import net.bytebuddy.implementation.bytecode.member.MethodVariableAccess;

/**
 * Field setters as plain {@code putfield} instructions: one hidden nestmate class per declaring class
 * (generated with ByteBuddy) holding a static {@code write<i>(Owner, FieldType)} method per field.
 *
 * <p>Why not {@link MethodHandles.Lookup#unreflectSetter}: its handles store through {@code Unsafe},
 * for which the JIT keeps the garbage collector's write barriers even on a just-allocated object; a
 * {@code putfield} into a new object needs none. That difference alone made building mutable entities
 * 20–35% slower than hand-written setters (see {@code benchmarks/README.md}). When a hidden class cannot
 * be defined (the entity's module does not give full access), the reflective setters are used.
 */
final class FieldWriters {

    private FieldWriters() {
    }

    /**
     * A setter handle {@code (Owner, FieldType)void} per field, all of one declaring class.
     *
     * @param lookup a lookup with full privilege access in the declaring class
     * @param declaring the class declaring the fields
     * @param fields non-static, non-final fields of {@code declaring}
     * @return the setters by field
     * @throws IllegalAccessException when the hidden class cannot be defined or the fields not set reflectively
     */
    static Map<Field, MethodHandle> of(MethodHandles.Lookup lookup, Class<?> declaring, List<Field> fields)
            throws IllegalAccessException {
        Map<Field, MethodHandle> setters = new HashMap<>();
        if (fields.isEmpty()) {
            return setters;
        }
        MethodHandles.Lookup hidden;
        try {
            hidden = lookup.defineHiddenClass(bytes(declaring, fields), true, MethodHandles.Lookup.ClassOption.NESTMATE);
        } catch (IllegalAccessException | RuntimeException | LinkageError notDefinable) {
            for (Field field : fields) {
                setters.put(field, lookup.unreflectSetter(field));
            }
            return setters;
        }
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            try {
                setters.put(field, hidden.findStatic(hidden.lookupClass(), "write" + i,
                        MethodType.methodType(void.class, declaring, field.getType())));
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException("The generated writer of " + field + " is missing", impossible);
            }
        }
        return setters;
    }

    private static byte[] bytes(Class<?> declaring, List<Field> fields) {
        DynamicType.Builder<Object> writers = new ByteBuddy(ClassFileVersion.JAVA_V17)
                .subclass(Object.class, ConstructorStrategy.Default.NO_CONSTRUCTORS)
                .name(declaring.getName() + "$QuicksilverFieldWriters")
                .modifiers(Visibility.PACKAGE_PRIVATE, TypeManifestation.FINAL);
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            writers = writers.defineMethod("write" + i, void.class, Visibility.PACKAGE_PRIVATE, Ownership.STATIC)
                    .withParameters(declaring, field.getType())
                    .intercept(new Implementation.Simple(
                            MethodVariableAccess.REFERENCE.loadFrom(0),
                            MethodVariableAccess.of(TypeDescription.ForLoadedType.of(field.getType())).loadFrom(1),
                            FieldAccess.forField(new FieldDescription.ForLoadedField(field)).write(),
                            MethodReturn.VOID));
        }
        try (DynamicType.Unloaded<Object> made = writers.make()) {
            return made.getBytes();
        }
    }
}
