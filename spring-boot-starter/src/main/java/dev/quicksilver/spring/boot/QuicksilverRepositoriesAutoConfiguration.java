package dev.quicksilver.spring.boot;

import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.repository.ReactiveRepository;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;

/**
 * Scans the application's packages (those of its {@code @SpringBootApplication}) for interfaces extending
 * {@link ReactiveRepository} and registers a bean for each, unless the application uses
 * {@link EnableQuicksilverRepositories} itself or sets {@code quicksilver.repositories.enabled=false}.
 */
@AutoConfiguration(after = QuicksilverAutoConfiguration.class)
@ConditionalOnClass(ReactiveRepository.class)
@ConditionalOnBean(Quicksilver.class)
@ConditionalOnProperty(prefix = "quicksilver.repositories", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnMissingBean(RepositoryFactoryBean.class)
@Import(QuicksilverRepositoriesRegistrar.class)
public class QuicksilverRepositoriesAutoConfiguration {
}
