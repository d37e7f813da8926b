package dev.quicksilver.mapping.processor;

import dev.quicksilver.mapping.processor.MetaProperty.Kind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Lists an entity's references by the rules the run-time metadata reader applies: a record's
 * components, or a class's instance fields (superclasses first) without {@code static},
 * {@code transient} and {@code @Transient} ones; {@code @Embedded} values flattened into dotted
 * paths; relationship properties as to-one or to-many references to the type argument of their
 * {@code Ref}/{@code RefList}.
 */
final class PropertyCollector {

    private static final String ANNOTATIONS = "dev.quicksilver.mapping.annotation.";
    private static final Set<String> TO_ONE = Set.of(ANNOTATIONS + "ManyToOne", ANNOTATIONS + "OneToOne");
    private static final Set<String> TO_MANY = Set.of(ANNOTATIONS + "OneToMany", ANNOTATIONS + "ManyToMany");

    private final Types types;
    private final Messager messager;

    PropertyCollector(Types types, Messager messager) {
        this.types = types;
        this.messager = messager;
    }

    /** The references of an entity, or of an embedded value under a path prefix, added to {@code out}. */
    void collect(TypeElement type, String pathPrefix, List<MetaProperty> out) {
        for (Element property : properties(type)) {
            String path = pathPrefix + property.getSimpleName();
            TypeMirror propertyType = property.asType();
            Kind relationship = relationshipKind(property);
            if (relationship != null) {
                TypeMirror target = firstTypeArgument(propertyType);
                if (target == null) {
                    warn(property, "a relationship property must be a Ref<Target> or RefList<Target>; the metamodel"
                            + " leaves it out, and building the entity's metadata will fail");
                    continue;
                }
                out.add(new MetaProperty(path, Names.constant(path), relationship, Names.source(target, types),
                        Names.raw(target, types), false, property));
            } else if (has(property, "Embedded")) {
                if (propertyType.getKind() != TypeKind.DECLARED) {
                    warn(property, "an @Embedded property must have an @Embeddable class or record type; the"
                            + " metamodel leaves it out, and building the entity's metadata will fail");
                    continue;
                }
                collect((TypeElement) ((DeclaredType) propertyType).asElement(), path + ".", out);
            } else {
                out.add(new MetaProperty(path, Names.constant(path), Kind.COLUMN, Names.source(propertyType, types),
                        Names.raw(propertyType, types), Names.isGeneric(propertyType), property));
            }
        }
    }

    private Deque<Element> properties(TypeElement type) {
        Deque<Element> properties = new ArrayDeque<>();
        if (type.getKind() == ElementKind.RECORD) {
            for (RecordComponentElement component : ElementFilter.recordComponentsIn(type.getEnclosedElements())) {
                properties.add(component);
            }
            return properties;
        }
        Deque<TypeElement> hierarchy = new ArrayDeque<>();
        for (@Nullable TypeElement current = type; current != null; current = superclass(current)) {
            hierarchy.push(current);
        }
        for (TypeElement declaring : hierarchy) {
            for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
                Set<Modifier> modifiers = field.getModifiers();
                if (!modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.TRANSIENT)
                        && !has(field, "Transient")) {
                    properties.add(field);
                }
            }
        }
        return properties;
    }

    private static @Nullable TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
        String name = element.getQualifiedName().toString();
        return name.startsWith("java.") || name.startsWith("javax.") ? null : element;
    }

    private static @Nullable Kind relationshipKind(Element property) {
        for (var annotation : property.getAnnotationMirrors()) {
            String name = ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
            if (TO_ONE.contains(name)) {
                return Kind.TO_ONE;
            }
            if (TO_MANY.contains(name)) {
                return Kind.TO_MANY;
            }
        }
        return null;
    }

    private static boolean has(Element element, String simpleName) {
        return element.getAnnotationMirrors().stream().anyMatch(annotation -> ((TypeElement) annotation.getAnnotationType()
                .asElement()).getQualifiedName().contentEquals(ANNOTATIONS + simpleName));
    }

    private static @Nullable TypeMirror firstTypeArgument(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED || ((DeclaredType) type).getTypeArguments().isEmpty()) {
            return null;
        }
        TypeMirror argument = ((DeclaredType) type).getTypeArguments().get(0);
        return argument.getKind() == TypeKind.DECLARED ? argument : null;
    }

    /** A warning, not an error: the run-time metadata reader reports the same problem with its own check. */
    private void warn(Element element, String message) {
        messager.printMessage(Diagnostic.Kind.WARNING, "Quicksilver metamodel: " + element.getEnclosingElement() + "."
                + element.getSimpleName() + ": " + message, element);
    }
}
