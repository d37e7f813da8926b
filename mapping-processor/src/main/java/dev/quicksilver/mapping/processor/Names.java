package dev.quicksilver.mapping.processor;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;
import javax.lang.model.element.TypeElement;

/** Constant names and the source text of types (without type-use annotations). */
final class Names {

    private Names() {
    }

    /** {@code unitPrice} → {@code UNIT_PRICE}, {@code address.city} → {@code ADDRESS_CITY}, {@code HTMLPage} → {@code HTML_PAGE}. */
    static String constant(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == '$') {
                out.append('_');
                continue;
            }
            if (Character.isUpperCase(c) && i > 0) {
                char previous = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(previous) || Character.isDigit(previous)
                        || (Character.isUpperCase(previous) && nextLower)) {
                    out.append('_');
                }
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** The generated class's simple name: {@code Track_}, or {@code Outer_Inner_} for a nested type. */
    static String metamodelName(TypeElement entity, String packageName) {
        String qualified = entity.getQualifiedName().toString();
        String inPackage = packageName.isEmpty() ? qualified : qualified.substring(packageName.length() + 1);
        return inPackage.replace('.', '_') + '_';
    }

    /** The source text of a type as a reference type: primitives boxed, type-use annotations dropped. */
    static String source(TypeMirror type, Types types) {
        if (type.getKind().isPrimitive()) {
            return types.boxedClass(types.getPrimitiveType(type.getKind())).getQualifiedName().toString();
        }
        return sourceKeepPrimitive(type, types);
    }

    /** The source text of a class literal's type: the erasure, primitives boxed. */
    static String raw(TypeMirror type, Types types) {
        if (type.getKind().isPrimitive()) {
            return source(type, types);
        }
        return sourceKeepPrimitive(types.erasure(type), types);
    }

    private static String sourceKeepPrimitive(TypeMirror type, Types types) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return sourceKeepPrimitive(((ArrayType) type).getComponentType(), types) + "[]";
        }
        if (type.getKind() == TypeKind.WILDCARD) {
            WildcardType wildcard = (WildcardType) type;
            if (wildcard.getExtendsBound() != null) {
                return "? extends " + sourceKeepPrimitive(wildcard.getExtendsBound(), types);
            }
            return wildcard.getSuperBound() != null ? "? super " + sourceKeepPrimitive(wildcard.getSuperBound(), types) : "?";
        }
        if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            return arguments.isEmpty() ? name : name + arguments.stream()
                    .map(argument -> sourceKeepPrimitive(argument, types)).collect(Collectors.joining(", ", "<", ">"));
        }
        // Type variables and the like: their erasure is the best a static reference can state.
        return sourceKeepPrimitive(types.erasure(type), types);
    }

    /** Whether the declared type has type arguments. */
    static boolean isGeneric(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && !((DeclaredType) type).getTypeArguments().isEmpty();
    }
}
