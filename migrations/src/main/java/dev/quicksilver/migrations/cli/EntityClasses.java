package dev.quicksilver.migrations.cli;

import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.migrations.internal.ClassPathFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entity types the command line compares with a database, from {@code --entities}: class names, or
 * packages whose {@code @Table} classes (in class-path directories and jars, subpackages included) are taken.
 */
final class EntityClasses {

    private EntityClasses() {
    }

    /**
     * @param names class or package names
     * @param loader where to look
     * @return the entity types, in the order found
     * @throws IllegalArgumentException when a name is neither a class nor a package with entities
     */
    static List<Class<?>> find(List<String> names, ClassLoader loader) {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (String name : names) {
            Class<?> type = load(name, loader);
            if (type != null) {
                if (!type.isAnnotationPresent(Table.class)) {
                    throw new IllegalArgumentException(name + " is not an entity (no @Table).");
                }
                found.add(type);
                continue;
            }
            List<Class<?>> inPackage = inPackage(name, loader);
            if (inPackage.isEmpty()) {
                throw new IllegalArgumentException("'" + name + "' is neither an entity class nor a package with @Table"
                        + " classes on the class path.");
            }
            found.addAll(inPackage);
        }
        return List.copyOf(found);
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
    }

    private static List<Class<?>> inPackage(String packageName, ClassLoader loader) {
        List<ClassPathFiles.Found> files;
        try {
            files = ClassPathFiles.classPath(packageName.replace('.', '/'), loader, ".class", false);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("Cannot read package " + packageName + ": " + unreadable.getMessage(),
                    unreadable);
        }
        List<Class<?>> entities = new ArrayList<>();
        if (files == null) {
            return entities;
        }
        for (ClassPathFiles.Found file : files) {
            String relative = file.path().substring(0, file.path().length() - ".class".length());
            if (relative.contains("$") || relative.endsWith("package-info") || relative.endsWith("module-info")) {
                continue;
            }
            Class<?> type = load(packageName + "." + relative.replace('/', '.'), loader);
            if (type != null && type.isAnnotationPresent(Table.class)) {
                entities.add(type);
            }
        }
        return entities;
    }
}
