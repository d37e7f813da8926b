package dev.quicksilver.mapping.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generates, for every class or record annotated {@code @dev.quicksilver.mapping.annotation.Table},
 * a metamodel class in the same package: {@code Track_} for {@code Track}, with a static constant for
 * the entity ({@code Track_.TRACK}) and one typed field per column or relationship property
 * ({@code TRACK.UNIT_PRICE}, a {@code Column<Track, BigDecimal>}; {@code TRACK.ALBUM}, a
 * {@code Relationship<Track, Album>}). Embedded values are flattened ({@code ADDRESS_CITY} for
 * {@code address.city}).
 *
 * <p>Register it in Maven with {@code maven-compiler-plugin}'s {@code annotationProcessorPaths}
 * ({@code dev.quicksilver:quicksilver-mapping-processor}). It reads the annotations by name and needs
 * no database and nothing at run time.
 */
public final class MetamodelProcessor extends AbstractProcessor {

    private static final String ANNOTATIONS = "dev.quicksilver.mapping.annotation.*";
    private static final String TABLE = "dev.quicksilver.mapping.annotation.Table";

    /** Created by the compiler. */
    public MetamodelProcessor() {
    }

    /** Every Quicksilver mapping annotation: claiming them keeps {@code -Xlint:processing} quiet in user builds. */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ANNOTATIONS);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement table = processingEnv.getElementUtils().getTypeElement(TABLE);
        if (table == null) {
            return true;
        }
        for (Element element : round.getElementsAnnotatedWith(table)) {
            if (element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.RECORD) {
                generate((TypeElement) element);
            }
        }
        return true;
    }

    private void generate(TypeElement entity) {
        List<MetaProperty> properties = new ArrayList<>();
        new PropertyCollector(processingEnv.getTypeUtils(), processingEnv.getMessager()).collect(entity, "", properties);
        String packageName = processingEnv.getElementUtils().getPackageOf(entity).getQualifiedName().toString();
        String className = Names.metamodelName(entity, packageName);
        String entityConstant = Names.constant(entity.getSimpleName().toString());
        if (!uniqueConstants(entity, entityConstant, properties)) {
            return;
        }
        String source = SourceWriter.write(packageName, className, entity.getQualifiedName().toString(), entityConstant,
                properties);
        String qualified = packageName.isEmpty() ? className : packageName + '.' + className;
        try {
            JavaFileObject file = processingEnv.getFiler().createSourceFile(qualified, entity);
            try (Writer writer = file.openWriter()) {
                writer.write(source);
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Quicksilver metamodel: could not write "
                    + qualified + ": " + e.getMessage(), entity);
        }
    }

    private boolean uniqueConstants(TypeElement entity, String entityConstant, List<MetaProperty> properties) {
        Map<String, String> owners = new HashMap<>();
        owners.put(entityConstant, "the entity constant");
        boolean unique = true;
        for (MetaProperty property : properties) {
            String previous = owners.putIfAbsent(property.constant(), "property '" + property.path() + "'");
            if (previous != null) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Quicksilver metamodel: "
                        + entity.getQualifiedName() + "." + property.path() + ": its constant " + property.constant()
                        + " is already taken by " + previous + ". Rename one of the properties.", property.element());
                unique = false;
            }
        }
        return unique;
    }
}
