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
 * The current tenant's projects. Nothing here names a tenant: the starter's filter put the {@code X-Tenant}
 * header's tenant into the Reactor Context, and the repository runs on that tenant's database — another tenant's
 * project is simply not there (404).
 */
@RestController
@RequestMapping("/projects")
final class ProjectsController {

    private final ProjectRepository projects;

    ProjectsController(ProjectRepository projects) {
        this.projects = projects;
    }

    @GetMapping
    Flux<Project> list() {
        return projects.findByOrderByIdAsc();
    }

    @GetMapping("/{id}")
    Mono<Project> get(@PathVariable long id) {
        return existing(id);
    }

    @PostMapping
    Mono<ResponseEntity<Project>> create(@RequestBody ProjectInput input) {
        return Mono.fromSupplier(() -> new Project(null, input.checkedName(), input.checkedDescription(), null))
                .flatMap(projects::insert)
                .map(created -> ResponseEntity.created(URI.create("/projects/" + created.id())).body(created));
    }

    @PutMapping("/{id}")
    Mono<Project> update(@PathVariable long id, @RequestBody ProjectInput input) {
        return Mono.fromSupplier(() -> new Project(id, input.checkedName(), input.checkedDescription(),
                        input.checkedVersion()))
                .flatMap(changed -> existing(id).then(projects.save(changed)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@PathVariable long id) {
        return projects.deleteById(id).flatMap(deleted -> deleted == 0
                ? Mono.error(new NotFoundException("project " + id)) : Mono.<Void>empty());
    }

    private Mono<Project> existing(long id) {
        return projects.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException("project " + id)));
    }
}
