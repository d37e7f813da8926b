package dev.quicksilver.examples.saas;

import dev.quicksilver.examples.web.NotFoundException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The tasks of the current tenant's projects: a project of another tenant, or a task of another project, is not
 * there (404).
 */
@RestController
@RequestMapping("/projects/{projectId}/tasks")
final class TasksController {

    private final ProjectRepository projects;
    private final TaskRepository tasks;

    TasksController(ProjectRepository projects, TaskRepository tasks) {
        this.projects = projects;
        this.tasks = tasks;
    }

    @GetMapping
    Flux<Task> list(@PathVariable long projectId) {
        return project(projectId).thenMany(tasks.findByProjectIdOrderByIdAsc(projectId));
    }

    @GetMapping("/{id}")
    Mono<Task> get(@PathVariable long projectId, @PathVariable long id) {
        return existing(projectId, id);
    }

    @PostMapping
    Mono<ResponseEntity<Task>> create(@PathVariable long projectId, @RequestBody TaskInput input) {
        return Mono.fromSupplier(() -> new Task(null, projectId, input.checkedTitle(), input.isDone(), null))
                .flatMap(task -> project(projectId).then(tasks.insert(task)))
                .map(created -> ResponseEntity.created(URI.create("/projects/" + projectId + "/tasks/" + created.id()))
                        .body(created));
    }

    @PutMapping("/{id}")
    Mono<Task> update(@PathVariable long projectId, @PathVariable long id, @RequestBody TaskInput input) {
        return Mono.fromSupplier(() -> new Task(id, projectId, input.checkedTitle(), input.isDone(),
                        input.checkedVersion()))
                .flatMap(changed -> existing(projectId, id).then(tasks.save(changed)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@PathVariable long projectId, @PathVariable long id) {
        return existing(projectId, id).flatMap(task -> tasks.deleteById(id)).then();
    }

    private Mono<Project> project(long projectId) {
        return projects.findById(projectId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("project " + projectId)));
    }

    private Mono<Task> existing(long projectId, long id) {
        return tasks.findByIdAndProjectId(id, projectId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("task " + id + " of project " + projectId)));
    }
}
