package dev.quicksilver.spring.boot;

import dev.quicksilver.query.Quicksilver;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the {@link Quicksilver} bean wait for database initialisation (the migrations), so an
 * application bean that queries through it while it is created sees the migrated schema. The
 * {@code Database} bean cannot wait: the migrations run on it. Registered in
 * {@code META-INF/spring.factories}.
 */
final class QuicksilverDependsOnMigrationsDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    QuicksilverDependsOnMigrationsDetector() {
    }

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(Quicksilver.class);
    }
}
