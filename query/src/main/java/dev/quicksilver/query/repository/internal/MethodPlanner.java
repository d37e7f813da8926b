package dev.quicksilver.query.repository.internal;

import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityMetadata;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.repository.Param;
import dev.quicksilver.query.repository.Query;
import dev.quicksilver.query.repository.RepositoryDefinitionException;
import dev.quicksilver.query.repository.internal.MethodName.Action;
import dev.quicksilver.query.repository.internal.MethodName.Part;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns each method of a repository interface into a {@link MethodPlan}, checking its name, its
 * parameters and its return type; every failure is a {@link RepositoryDefinitionException} naming
 * {@code Interface.method}. Used once per repository creation.
 */
final class MethodPlanner<E> {

    private final Quicksilver quicksilver;
    private final EntityModel<E> entity;
    private final EntityMetadata<E> metadata;
    private final String interfaceName;
    private final MethodNameParser parser;
    private final Map<String, ColumnMetadata> columns;

    MethodPlanner(Quicksilver quicksilver, EntityModel<E> entity, EntityMetadata<E> metadata, Class<?> repositoryInterface) {
        this.quicksilver = quicksilver;
        this.entity = entity;
        this.metadata = metadata;
        this.interfaceName = repositoryInterface.getSimpleName();
        this.columns = metadata.columns().stream()
                .collect(Collectors.toMap(ColumnMetadata::propertyPath, Function.identity(), (a, b) -> a));
        this.parser = new MethodNameParser(metadata.type().getSimpleName(),
                metadata.columns().stream().map(ColumnMetadata::propertyPath).toList());
    }

    MethodPlan plan(Method method) {
        String label = interfaceName + "." + method.getName();
        try {
            Query query = method.getAnnotation(Query.class);
            return query != null ? queryPlan(method, query.value(), label) : derivedPlan(method, label);
        } catch (IllegalArgumentException e) {
            throw new RepositoryDefinitionException(label + ": " + e.getMessage());
        }
    }

    private MethodPlan derivedPlan(Method method, String label) {
        MethodName parsed = parser.parse(method.getName());
        boolean sortParameter = method.getParameterCount() > 0
                && method.getParameterTypes()[method.getParameterCount() - 1] == SortKey[].class;
        if (sortParameter && parsed.action() != MethodName.Action.FIND) {
            throw new IllegalArgumentException("a SortKey... parameter orders find methods only");
        }
        MethodName sorted = sortParameter ? parsed.withSortParameter() : parsed;
        // AllIgnoreCase: every text property compared by equality or a text match ignores case.
        MethodName name = !sorted.allIgnoreCase() ? sorted : sorted.ignoringCaseWhere(part -> part.canIgnoreCase()
                && columns.get(part.property()).javaType() == String.class);
        checkParameters(method, name);
        Class<?> element = element(method);
        boolean mono = method.getReturnType() == Mono.class;
        String entityName = metadata.type().getSimpleName();
        switch (name.action()) {
            case COUNT -> {
                require(mono && element == Long.class, method, "a count method returns Mono<Long>");
                return new DerivedQuery<>(quicksilver, entity, name, DerivedQuery.Result.COUNT, null, List.of(), label);
            }
            case EXISTS -> {
                require(mono && element == Boolean.class, method, "an exists method returns Mono<Boolean>");
                return new DerivedQuery<>(quicksilver, entity, name, DerivedQuery.Result.EXISTS, null, List.of(), label);
            }
            case DELETE -> {
                require(mono && (element == Long.class || element == Void.class), method,
                        "a delete method returns Mono<Long> (rows deleted) or Mono<Void>");
                return new DerivedQuery<>(quicksilver, entity, name, element == Long.class
                        ? DerivedQuery.Result.DELETED_ROWS : DerivedQuery.Result.DELETED_VOID, null, List.of(), label);
            }
            default -> {
                DerivedQuery.Result result = !mono ? DerivedQuery.Result.FLUX
                        : name.limit() != null ? DerivedQuery.Result.MONO_FIRST : DerivedQuery.Result.MONO_ONE;
                if (element == metadata.type()) {
                    return new DerivedQuery<>(quicksilver, entity, name, result, null, List.of(), label);
                }
                require(element.isRecord(), method, "a find method returns Flux<" + entityName + ">, Mono<"
                        + entityName + "> or a Flux/Mono of a record whose components are properties of " + entityName);
                List<String> properties = new ArrayList<>();
                for (RecordComponent component : element.getRecordComponents()) {
                    if (!columns.containsKey(component.getName())) {
                        throw new IllegalArgumentException("the record " + element.getSimpleName() + "'s component '"
                                + component.getName() + "' is no property of " + entityName + "; properties are "
                                + String.join(", ", columns.keySet()));
                    }
                    properties.add(component.getName());
                }
                return new DerivedQuery<>(quicksilver, entity, name, result, element.asSubclass(Record.class), properties,
                        label);
            }
        }
    }

    private void checkParameters(Method method, MethodName name) {
        int expected = name.parts().stream().mapToInt(part -> part.operator().arguments()).sum();
        int declared = method.getParameterCount() - (name.sortParameter() ? 1 : 0);
        if (declared != expected) {
            throw new IllegalArgumentException("the name asks for " + expected + " parameter(s) ("
                    + name.parts().stream().map(part -> part.property() + " " + part.operator()).collect(
                            Collectors.joining(", ")) + ") but the method declares " + declared
                    + (name.sortParameter() ? " before its SortKey..." : ""));
        }
        Class<?>[] types = method.getParameterTypes();
        int index = 0;
        for (Part part : name.parts()) {
            ColumnMetadata column = columns.get(part.property());
            if (part.ignoreCase() && column.javaType() != String.class) {
                throw new IllegalArgumentException("IgnoreCase applies to text properties; '" + part.property()
                        + "' is " + column.javaType().getSimpleName());
            }
            for (int i = 0; i < part.operator().arguments(); i++, index++) {
                Class<?> type = types[index];
                String where = "parameter " + (index + 1) + " (" + type.getSimpleName() + ") of " + part.operator()
                        + " on '" + part.property() + "'";
                if (part.operator().isCollection()) {
                    if (!Collection.class.isAssignableFrom(type)) {
                        throw new IllegalArgumentException(where + " must be a Collection");
                    }
                } else if (part.operator().isTextMatch()) {
                    if (type != String.class) {
                        throw new IllegalArgumentException(where + " must be a String");
                    }
                } else if (!fits(type, column.javaType())) {
                    throw new IllegalArgumentException(where + " does not fit the property's type "
                            + column.javaType().getSimpleName());
                }
            }
        }
    }

    private static boolean fits(Class<?> parameter, Class<?> property) {
        Class<?> given = box(parameter);
        Class<?> wanted = box(property);
        return given == Object.class || wanted.isAssignableFrom(given)
                || property.isEnum() && given == String.class || !wanted.getName().startsWith("java.");
    }

    private MethodPlan queryPlan(Method method, String sql, String label) {
        List<String> names = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Param param = parameters[i].getAnnotation(Param.class);
            if (param == null && !parameters[i].isNamePresent()) {
                throw new IllegalArgumentException("parameter " + (i + 1) + " needs @Param(\"name\"): the class was "
                        + "compiled without -parameters, so its name is unknown");
            }
            names.add(param != null ? param.value() : parameters[i].getName());
            types.add(box(parameters[i].getType()));
        }
        Set<String> used = QueryMethod.parameterNames(sql);
        Set<String> declared = new LinkedHashSet<>(names);
        if (declared.size() != names.size()) {
            throw new IllegalArgumentException("two parameters have the same name: " + names);
        }
        Set<String> missing = new LinkedHashSet<>(used);
        missing.removeAll(declared);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the SQL uses " + missing.stream().map(n -> ":" + n).toList()
                    + " but no parameter is named so; parameters are " + names);
        }
        Set<String> unused = new HashSet<>(declared);
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("parameter(s) " + unused + " are not used in the SQL");
        }
        Class<?> element = element(method);
        boolean mono = method.getReturnType() == Mono.class;
        if (QueryMethod.isWrite(sql)) {
            require(mono && (element == Long.class || element == Void.class), method,
                    "a @Query that writes returns Mono<Long> (rows affected) or Mono<Void>");
            return new QueryMethod(quicksilver, sql, names, types, element, element == Long.class
                    ? QueryMethod.Kind.UPDATE_ROWS : QueryMethod.Kind.UPDATE_VOID);
        }
        require(element != Void.class, method, "a @Query that reads returns Flux<T> or Mono<T> of a row type");
        return new QueryMethod(quicksilver, sql, names, types, element, mono ? QueryMethod.Kind.MONO_ONE
                : QueryMethod.Kind.FLUX);
    }

    /** The element type of a {@code Mono<T>}/{@code Flux<T>} return type; anything else fails. */
    private static Class<?> element(Method method) {
        Type type = method.getGenericReturnType();
        if (type instanceof ParameterizedType parameterized
                && (parameterized.getRawType() == Mono.class || parameterized.getRawType() == Flux.class)
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new IllegalArgumentException("unsupported return type " + type.getTypeName()
                + "; repository methods return Mono<T> or Flux<T> of a concrete type");
    }

    private static void require(boolean condition, Method method, String rule) {
        if (!condition) {
            throw new IllegalArgumentException("unsupported return type " + method.getGenericReturnType().getTypeName()
                    + "; " + rule);
        }
    }

    static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            case "char" -> Character.class;
            default -> Void.class;
        };
    }
}
