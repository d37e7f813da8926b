package dev.quicksilver.examples.saas;

import dev.quicksilver.query.repository.ReactiveRepository;
import reactor.core.publisher.Flux;

/** The current tenant's projects (a bean the starter creates; every call runs on the tenant's database). */
public interface ProjectRepository extends ReactiveRepository<Project, Long> {

    /** @return every project of the tenant, oldest first */
    Flux<Project> findByOrderByIdAsc();
}
