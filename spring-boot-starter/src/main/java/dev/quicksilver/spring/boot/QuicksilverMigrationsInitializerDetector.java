package dev.quicksilver.spring.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link QuicksilverMigrationsInitializer} initialises the database, so beans that
 * depend on database initialisation (annotated {@code @DependsOnDatabaseInitialization}, the
 * {@code Quicksilver} bean, Spring's own R2DBC clients) are created after the migrations ran. Registered
 * in {@code META-INF/spring.factories} as a {@link DatabaseInitializerDetector}.
 */
final class QuicksilverMigrationsInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    QuicksilverMigrationsInitializerDetector() {
    }

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(QuicksilverMigrationsInitializer.class);
    }
}
