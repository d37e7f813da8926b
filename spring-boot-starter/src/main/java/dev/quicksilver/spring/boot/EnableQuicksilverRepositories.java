package dev.quicksilver.spring.boot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Registers a bean for every interface extending {@code ReactiveRepository} in the given packages (and
 * their subpackages), created by {@code Repositories.of(quicksilver).create(…)} when the context starts, so
 * a method name that does not parse stops startup naming the method and the word. Without this annotation
 * the starter scans the application's own packages (those of its {@code @SpringBootApplication}); with it,
 * only the packages named here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(QuicksilverRepositoriesRegistrar.class)
public @interface EnableQuicksilverRepositories {

    /** The packages to scan. */
    String[] basePackages() default {};

    /** Classes whose packages are scanned (type-safe {@link #basePackages}). */
    Class<?>[] basePackageClasses() default {};
}
