package dev.quicksilver.spring.boot;

import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the migrations when Spring initialises this bean, during the context's refresh: before the
 * web server starts and before any event loop serves a request, so blocking is allowed. Spring Boot
 * knows it as a database initialiser: the {@code Quicksilver} bean and beans annotated
 * {@code @DependsOnDatabaseInitialization} are created after it. Not thread-safe; Spring calls it once.
 */
public final class QuicksilverMigrationsInitializer implements InitializingBean {

    private final Runnable startup;

    QuicksilverMigrationsInitializer(Runnable startup) {
        this.startup = startup;
    }

    @Override
    public void afterPropertiesSet() {
        startup.run();
    }
}
