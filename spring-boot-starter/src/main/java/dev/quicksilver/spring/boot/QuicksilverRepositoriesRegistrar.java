package dev.quicksilver.spring.boot;

import dev.quicksilver.query.repository.ReactiveRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers the repository beans: the packages of {@link EnableQuicksilverRepositories} when it is used,
 * else the application's auto-configuration packages. Each bean is a {@link RepositoryFactoryBean} typed
 * as its interface and created eagerly. An interface the application already defines a bean for (by
 * name) is left to it.
 */
class QuicksilverRepositoriesRegistrar implements ImportBeanDefinitionRegistrar, BeanFactoryAware {

    private @Nullable BeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata importing, BeanDefinitionRegistry registry) {
        register(packages(importing), registry);
    }

    /** The packages to scan: the annotation's, else the auto-configuration packages (none when unknown). */
    List<String> packages(AnnotationMetadata importing) {
        Map<String, @Nullable Object> attributes =
                importing.getAnnotationAttributes(EnableQuicksilverRepositories.class.getName());
        if (attributes != null) {
            Set<String> packages = new LinkedHashSet<>(List.of((String[]) attributes.get("basePackages")));
            for (Class<?> type : (Class<?>[]) attributes.get("basePackageClasses")) {
                packages.add(type.getPackageName());
            }
            if (packages.isEmpty()) {
                packages.add(ClassUtils.getPackageName(importing.getClassName()));
            }
            return List.copyOf(packages);
        }
        return beanFactory != null && AutoConfigurationPackages.has(beanFactory)
                ? AutoConfigurationPackages.get(beanFactory) : List.of();
    }

    static void register(List<String> packages, BeanDefinitionRegistry registry) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface() && definition.getMetadata().isIndependent()
                        && !ReactiveRepository.class.getName().equals(definition.getMetadata().getClassName());
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(ReactiveRepository.class));
        List<String> names = new ArrayList<>();
        for (String basePackage : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
                names.add(candidate.getBeanClassName());
            }
        }
        for (String interfaceName : names) {
            String beanName = ClassUtils.getShortNameAsProperty(ClassUtils.resolveClassName(interfaceName,
                    QuicksilverRepositoriesRegistrar.class.getClassLoader()));
            if (registry.containsBeanDefinition(beanName)) {
                continue;
            }
            Class<?> type = ClassUtils.resolveClassName(interfaceName, QuicksilverRepositoriesRegistrar.class.getClassLoader());
            RootBeanDefinition definition = new RootBeanDefinition(RepositoryFactoryBean.class);
            definition.getConstructorArgumentValues().addIndexedArgumentValue(0, type);
            definition.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, type);
            definition.setLazyInit(false);
            registry.registerBeanDefinition(beanName, definition);
        }
    }
}
