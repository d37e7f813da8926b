package dev.quicksilver.mapping.model;

import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Shared checks and messages for resolving references against metadata. */
final class References {

    private References() {
    }

    static void checkEntity(EntityModel<?> entity, EntityMetadata<?> metadata) {
        if (!entity.type().equals(metadata.type())) {
            throw new IllegalArgumentException("a reference to " + entity.type().getName()
                    + " was resolved against the metadata of " + metadata.type().getName());
        }
    }

    static MappingException unknown(EntityMetadata<?> metadata, String name, String what, List<String> known) {
        String closest = known.stream().min(Comparator.comparingInt(candidate -> distance(candidate, name))).orElse(null);
        String hint = closest != null && distance(closest, name) <= Math.max(2, name.length() / 3)
                ? " Did you mean '" + closest + "'?" : "";
        return new MappingException(metadata.type(), name, "there is no " + what + " '" + name + "'." + hint
                + " The " + what + " names are: " + String.join(", ", known)
                + ". Use the generated metamodel (" + metadata.type().getSimpleName() + "_) to have the compiler check names.");
    }

    /** The wrapper of a primitive type (the JDK's own mapping), or the type itself. */
    static Class<?> boxed(Class<?> type) {
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }

    /** Levenshtein distance, ignoring case. */
    private static int distance(String left, String right) {
        String a = left.toLowerCase(Locale.ROOT);
        String b = right.toLowerCase(Locale.ROOT);
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
