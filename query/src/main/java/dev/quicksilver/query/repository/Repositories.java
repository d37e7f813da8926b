package dev.quicksilver.query.repository;

import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.repository.internal.RepositoryFactory;

/**
 * Creates repository implementations over a {@link Quicksilver}, without Spring:
 * {@code Repositories.of(qs).create(StockRepository.class)}. The interface must extend
 * {@link ReactiveRepository} with concrete entity and id types. Every method is checked and planned
 * when the repository is created, so a method name that does not parse fails here, at startup, with a
 * {@link RepositoryDefinitionException} naming the interface, the method and the word it did not
 * understand. Thread-safe; repositories it creates are immutable and may be shared.
 */
public interface Repositories {

    /**
     * The factory for repositories over {@code quicksilver}.
     *
     * @param quicksilver the query entry point the repositories run through
     * @return the factory
     */
    static Repositories of(Quicksilver quicksilver) {
        return RepositoryFactory.create(quicksilver);
    }

    /**
     * Implements a repository interface.
     *
     * @param repositoryInterface an interface extending {@link ReactiveRepository}
     * @param <R> the interface
     * @return its implementation, a {@link java.lang.reflect.Proxy}
     * @throws RepositoryDefinitionException when the interface or one of its methods cannot be implemented
     */
    <R extends ReactiveRepository<?, ?>> R create(Class<R> repositoryInterface);
}
