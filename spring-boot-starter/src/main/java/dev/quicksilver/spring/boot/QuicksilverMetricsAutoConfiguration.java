package dev.quicksilver.spring.boot;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.micrometer.PoolMeterBinder;
import dev.quicksilver.core.micrometer.QuicksilverObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer: with an {@link ObservationRegistry} bean, every statement of the auto-configured
 * {@link Database} is an observation ({@code quicksilver.statement}, timed by the registry's handlers);
 * with a {@link MeterRegistry} bean, the pool's gauges ({@code quicksilver.pool.*}) are registered.
 * Ordered after Spring Boot's observation and metrics auto-configuration so their registries are seen.
 */
@AutoConfiguration(before = QuicksilverAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(Database.class)
public class QuicksilverMetricsAutoConfiguration {

    /** Created by Spring. */
    public QuicksilverMetricsAutoConfiguration() {
    }

    /** Statement observations, when an observation registry exists. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    @ConditionalOnBean(ObservationRegistry.class)
    static class ObservationConfiguration {

        /**
         * Adds the observation listener to the auto-configured database's options.
         *
         * @param registry the registry
         * @return the customizer
         */
        @Bean
        DatabaseOptionsCustomizer quicksilverObservationCustomizer(ObservationRegistry registry) {
            return options -> options.listener(QuicksilverObservations.listener(registry));
        }
    }

    /** Pool gauges, when a meter registry exists. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class PoolMetricsConfiguration {

        /**
         * Binds every database's pool gauges to the registry once all singletons exist.
         *
         * @param databases the databases
         * @param registries the meter registries
         * @return the binder
         */
        @Bean
        SmartInitializingSingleton quicksilverPoolMetrics(ObjectProvider<Database> databases,
                                                          ObjectProvider<MeterRegistry> registries) {
            return () -> {
                MeterRegistry registry = registries.getIfUnique();
                if (registry != null) {
                    databases.orderedStream().forEach(database -> PoolMeterBinder.of(database).bindTo(registry));
                }
            };
        }
    }
}
