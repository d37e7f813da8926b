package dev.quicksilver.spring.boot;

import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.repository.ReactiveRepository;
import dev.quicksilver.query.repository.Repositories;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartFactoryBean;

/**
 * One scanned repository: {@code Repositories.of(quicksilver).create(type)} with the context's
 * {@link Quicksilver}, created eagerly (at startup, where a method that does not parse must fail).
 *
 * @param <R> the repository interface
 */
final class RepositoryFactoryBean<R extends ReactiveRepository<?, ?>> implements SmartFactoryBean<R>, BeanFactoryAware {

    private final Class<R> type;
    private @Nullable BeanFactory beanFactory;
    private @Nullable R repository;

    RepositoryFactoryBean(Class<R> type) {
        this.type = type;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public synchronized R getObject() {
        if (repository == null) {
            Quicksilver quicksilver = java.util.Objects.requireNonNull(beanFactory, "beanFactory")
                    .getBean(Quicksilver.class);
            repository = Repositories.of(quicksilver).create(type);
        }
        return repository;
    }

    @Override
    public Class<R> getObjectType() {
        return type;
    }

    @Override
    public boolean isEagerInit() {
        return true;
    }
}
