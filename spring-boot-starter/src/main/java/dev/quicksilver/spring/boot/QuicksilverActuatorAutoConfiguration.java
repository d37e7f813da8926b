package dev.quicksilver.spring.boot;

import dev.quicksilver.core.Database;
import dev.quicksilver.migrations.MigrationRunner;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator, when present: the {@code quicksilver} health indicator (the database answers
 * {@code SELECT 1}; off with {@code management.health.quicksilver.enabled=false}) and the {@code quicksilvermigrations} endpoint (applied and pending migrations).
 * Each backs off when the application defines a bean of the same name.
 */
@AutoConfiguration(after = {QuicksilverAutoConfiguration.class, QuicksilverMigrationsAutoConfiguration.class})
@ConditionalOnBean(Database.class)
public class QuicksilverActuatorAutoConfiguration {

    /** Created by Spring. */
    public QuicksilverActuatorAutoConfiguration() {
    }

    /** The health indicator, when Spring Boot's health module is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ReactiveHealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("quicksilver")
    static class HealthConfiguration {

        /**
         * The database's health, named {@code quicksilver} in the health report.
         *
         * @param database the database
         * @return the indicator
         */
        @Bean(name = "quicksilverHealthIndicator")
        @ConditionalOnMissingBean(name = "quicksilverHealthIndicator")
        QuicksilverHealthIndicator quicksilverHealthIndicator(Database database) {
            return new QuicksilverHealthIndicator(database);
        }
    }

    /** The migrations endpoint, when actuator and the migrations module are present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Endpoint.class, MigrationRunner.class})
    @ConditionalOnBean(MigrationRunner.class)
    static class MigrationsEndpointConfiguration {

        /**
         * The endpoint.
         *
         * @param runner the runner
         * @return the endpoint
         */
        @Bean
        @ConditionalOnMissingBean
        QuicksilverMigrationsEndpoint quicksilverMigrationsEndpoint(MigrationRunner runner) {
            return new QuicksilverMigrationsEndpoint(runner);
        }
    }
}
