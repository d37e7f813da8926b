package dev.quicksilver.spring.boot;

import dev.quicksilver.core.Database;
import dev.quicksilver.migrations.MigrationRunner;
import dev.quicksilver.migrations.MigrationSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Migrates the database while the context refreshes, so before the web server takes requests: a failed
 * migration fails startup with the migration's error. On when the migrations module is on the class
 * path, unless {@code quicksilver.migrations.enabled=false}. A {@link MigrationSettings} or
 * {@link MigrationRunner} bean of the application's replaces the one built from the properties. Beans
 * that depend on database initialisation ({@code @DependsOnDatabaseInitialization}, the {@code Quicksilver}
 * bean) are created after the migrations, through Spring Boot's database-initialisation detectors. With a
 * database per tenant ({@link QuicksilverTenants}) it backs off: {@link QuicksilverTenantsAutoConfiguration} migrates
 * every tenant.
 */
@AutoConfiguration(after = QuicksilverAutoConfiguration.class)
@ConditionalOnClass(MigrationRunner.class)
@ConditionalOnBean(Database.class)
@ConditionalOnMissingBean(QuicksilverTenants.class)
@ConditionalOnProperty(prefix = "quicksilver.migrations", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(QuicksilverProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class QuicksilverMigrationsAutoConfiguration {

    /** Created by Spring. */
    public QuicksilverMigrationsAutoConfiguration() {
    }

    /**
     * The settings, from {@code quicksilver.migrations.*}.
     *
     * @param properties the properties
     * @return the settings
     */
    @Bean
    @ConditionalOnMissingBean
    public MigrationSettings quicksilverMigrationSettings(QuicksilverProperties properties) {
        return MigrationStartup.settings(properties.getMigrations());
    }

    /**
     * The runner of the database's migrations (also used by the actuator endpoint).
     *
     * @param database the database
     * @param settings the settings
     * @return the runner
     */
    @Bean
    @ConditionalOnMissingBean
    public MigrationRunner quicksilverMigrationRunner(Database database, MigrationSettings settings) {
        return MigrationRunner.create(database, settings);
    }

    /**
     * Runs the migrations when the bean is initialised, blocking the starting thread until they end.
     *
     * @param database the database (for tenants)
     * @param runner the runner
     * @param settings the settings
     * @param properties the properties
     * @return the startup step
     */
    @Bean
    public QuicksilverMigrationsInitializer quicksilverMigrationsInitializer(Database database, MigrationRunner runner,
                                                                             MigrationSettings settings,
                                                                             QuicksilverProperties properties) {
        return new QuicksilverMigrationsInitializer(new MigrationStartup(database, runner, settings,
                properties.getMigrations())::run);
    }
}
