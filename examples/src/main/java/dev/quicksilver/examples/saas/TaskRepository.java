package dev.quicksilver.examples.saas;

import dev.quicksilver.query.repository.ReactiveRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The current tenant's tasks (a bean the starter creates; every call runs on the tenant's database). */
public interface TaskRepository extends ReactiveRepository<Task, Long> {

    /**
     * @param projectId a project
     * @return its tasks, oldest first
     */
    Flux<Task> findByProjectIdOrderByIdAsc(long projectId);

    /**
     * @param id a task
     * @param projectId the project it must belong to
     * @return the task, or empty when there is none with that id in that project
     */
    Mono<Task> findByIdAndProjectId(long id, long projectId);
}
