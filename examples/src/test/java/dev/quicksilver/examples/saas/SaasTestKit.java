package dev.quicksilver.examples.saas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The SaaS example over HTTP, on the database each dialect's subclass gives its two tenants ({@code acme} and
 * {@code globex}, each a database of its own). Tests create their own rows and never assume an empty database.
 */
@SpringBootTest(classes = SaasApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = SaasApplication.CONFIG)
@AutoConfigureWebTestClient
abstract class SaasTestKit {

    private static final String ACME = "acme";
    private static final String GLOBEX = "globex";

    @Autowired
    private WebTestClient client;

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Project create(String tenant, String name) {
        return client.post().uri("/projects").header("X-Tenant", tenant)
                .bodyValue(Map.of("name", name, "description", "made by a test")).exchange()
                .expectStatus().isCreated().expectBody(Project.class).returnResult().getResponseBody();
    }

    private List<Project> list(String tenant) {
        return client.get().uri("/projects").header("X-Tenant", tenant).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Project>>() { }).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec get(String tenant, long id) {
        return client.get().uri("/projects/{id}", id).header("X-Tenant", tenant).exchange();
    }

    private Project project(String tenant, long id) {
        return get(tenant, id).expectStatus().isOk().expectBody(Project.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec update(String tenant, long id, String name, @Nullable Long version) {
        Map<String, Object> body = version == null ? Map.of("name", name) : Map.of("name", name, "version", version);
        return client.put().uri("/projects/{id}", id).header("X-Tenant", tenant).bodyValue(body).exchange();
    }

    /** The problem's detail, after checking the status and that it is a problem. */
    private static String problem(WebTestClient.ResponseSpec response, HttpStatus status) {
        String body = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"status\":" + status.value()).doesNotContain("Exception:", "\tat ");
        return body;
    }

    @Test
    void theIndexAnswersWithoutATenantAndListsTheTenants() {
        client.get().uri("/").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("\"tenants\":[\"acme\",\"globex\"]",
                        "X-Tenant", "GET /projects"));
    }

    @Test
    void aProjectIsCreatedReadChangedAndDeleted() {
        String name = unique("Rocket skates");
        WebTestClient.ResponseSpec created = client.post().uri("/projects").header("X-Tenant", ACME)
                .bodyValue(Map.of("name", name)).exchange().expectStatus().isCreated();
        Project project = created.expectBody(Project.class).returnResult().getResponseBody();
        assertThat(project.id()).isNotNull();
        assertThat(project.name()).isEqualTo(name);
        assertThat(project.version()).isZero();
        created.expectHeader().location("/projects/" + project.id());
        assertThat(project(ACME, project.id())).isEqualTo(project);
        assertThat(list(ACME)).contains(project);

        Project renamed = update(ACME, project.id(), name + " v2", 0L).expectStatus().isOk()
                .expectBody(Project.class).returnResult().getResponseBody();
        assertThat(renamed.name()).isEqualTo(name + " v2");
        assertThat(renamed.version()).isEqualTo(1L);

        client.delete().uri("/projects/{id}", project.id()).header("X-Tenant", ACME).exchange()
                .expectStatus().isNoContent();
        assertThat(problem(get(ACME, project.id()), HttpStatus.NOT_FOUND)).contains("project " + project.id());
        problem(client.delete().uri("/projects/{id}", project.id()).header("X-Tenant", ACME).exchange(),
                HttpStatus.NOT_FOUND);
        problem(update(ACME, project.id(), "gone", 1L), HttpStatus.NOT_FOUND);
    }

    @Test
    void aStaleUpdateIsAConflictAndChangesNothing() {
        Project project = create(ACME, unique("Anvil"));
        update(ACME, project.id(), "first writer", 0L).expectStatus().isOk();
        // the second writer read version 0 too: refused, not lost
        assertThat(problem(update(ACME, project.id(), "second writer", 0L), HttpStatus.CONFLICT))
                .containsIgnoringCase("version");
        Project stored = project(ACME, project.id());
        assertThat(stored.name()).isEqualTo("first writer");
        assertThat(stored.version()).isEqualTo(1L);
    }

    @Test
    void ofConcurrentWritersOfOneVersionExactlyOneWinsAndTheOthersGetAConflict() {
        Project project = create(ACME, unique("Dehydrated boulders"));
        List<CompletableFuture<Integer>> writers = IntStream.range(0, 4)
                .mapToObj(writer -> CompletableFuture.supplyAsync(() -> update(ACME, project.id(), "writer " + writer, 0L)
                        .returnResult(String.class).getStatus().value()))
                .toList();
        List<Integer> statuses = writers.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(200, 409).filteredOn(status -> status == 200).hasSize(1);
        Project stored = project(ACME, project.id());
        assertThat(stored.version()).isEqualTo(1L);
        assertThat(stored.name()).startsWith("writer ");
    }

    @Test
    void invalidInputIsABadRequestWithAMessage() {
        assertThat(problem(client.post().uri("/projects").header("X-Tenant", ACME).bodyValue(Map.of("name", "  "))
                .exchange(), HttpStatus.BAD_REQUEST)).contains("'name' is required");
        assertThat(problem(client.post().uri("/projects").header("X-Tenant", ACME)
                .bodyValue(Map.of("name", "x".repeat(81))).exchange(), HttpStatus.BAD_REQUEST)).contains("at most 80");
        problem(client.post().uri("/projects").header("X-Tenant", ACME).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": ").exchange(), HttpStatus.BAD_REQUEST);
        problem(client.post().uri("/projects").header("X-Tenant", ACME).contentType(MediaType.APPLICATION_JSON)
                .exchange(), HttpStatus.BAD_REQUEST);
        problem(client.get().uri("/projects/not-a-number").header("X-Tenant", ACME).exchange(),
                HttpStatus.BAD_REQUEST);
        Project project = create(ACME, unique("Giant magnet"));
        assertThat(problem(update(ACME, project.id(), "no version", null), HttpStatus.BAD_REQUEST))
                .contains("'version' is required");
        assertThat(project(ACME, project.id())).isEqualTo(project);
    }

    @Test
    void aRequestWithoutATenantOrWithAnUnknownOneIsRefusedBeforeAnythingRuns() {
        assertThat(problem(client.get().uri("/projects").exchange(), HttpStatus.BAD_REQUEST))
                .contains("no X-Tenant header");
        assertThat(problem(client.post().uri("/projects").bodyValue(Map.of("name", "no tenant")).exchange(),
                HttpStatus.BAD_REQUEST)).contains("no X-Tenant header");
        String unknown = problem(client.get().uri("/projects").header("X-Tenant", "initech").exchange(),
                HttpStatus.BAD_REQUEST);
        assertThat(unknown).contains("Unknown tenant", "'initech'").doesNotContain(ACME, GLOBEX);
        problem(client.post().uri("/projects").header("X-Tenant", "initech").bodyValue(Map.of("name", "intruder"))
                .exchange(), HttpStatus.BAD_REQUEST);
        assertThat(list(ACME)).extracting(Project::name).doesNotContain("no tenant", "intruder");
        assertThat(list(GLOBEX)).extracting(Project::name).doesNotContain("no tenant", "intruder");
    }

    @Test
    void aTenantNeverReadsNorWritesAnotherTenantsRows() {
        long globexNewest = list(GLOBEX).stream().mapToLong(Project::id).max().orElse(0);
        Project acmes = create(ACME, unique("Acme secret"));
        while (acmes.id() <= globexNewest) {
            acmes = create(ACME, unique("Acme secret"));
        }
        long id = acmes.id();
        task(ACME, id, "acme's task");

        assertThat(list(GLOBEX)).extracting(Project::name).doesNotContain(acmes.name());
        problem(get(GLOBEX, id), HttpStatus.NOT_FOUND);
        problem(update(GLOBEX, id, "taken over", acmes.version()), HttpStatus.NOT_FOUND);
        problem(client.delete().uri("/projects/{id}", id).header("X-Tenant", GLOBEX).exchange(), HttpStatus.NOT_FOUND);
        problem(client.get().uri("/projects/{id}/tasks", id).header("X-Tenant", GLOBEX).exchange(),
                HttpStatus.NOT_FOUND);
        problem(client.post().uri("/projects/{id}/tasks", id).header("X-Tenant", GLOBEX)
                .bodyValue(Map.of("title", "planted")).exchange(), HttpStatus.NOT_FOUND);

        assertThat(project(ACME, id)).isEqualTo(acmes);
        assertThat(tasks(ACME, id)).extracting(Task::title).containsExactly("acme's task");
    }

    @Test
    void theSameIdInTwoTenantsIsEachTenantsOwnRow() {
        Project acmes = create(ACME, unique("Acme"));
        Project globexs = create(GLOBEX, unique("Globex"));
        // each tenant's ids are its own sequence: bring them to the same number
        while (!acmes.id().equals(globexs.id())) {
            if (acmes.id() < globexs.id()) {
                acmes = create(ACME, unique("Acme"));
            } else {
                globexs = create(GLOBEX, unique("Globex"));
            }
        }
        long id = acmes.id();
        assertThat(project(ACME, id)).isEqualTo(acmes);
        assertThat(project(GLOBEX, id)).isEqualTo(globexs);

        update(ACME, id, "acme renamed", acmes.version()).expectStatus().isOk();
        assertThat(project(GLOBEX, id)).isEqualTo(globexs);
        client.delete().uri("/projects/{id}", id).header("X-Tenant", GLOBEX).exchange().expectStatus().isNoContent();
        assertThat(project(ACME, id).name()).isEqualTo("acme renamed");
        problem(get(GLOBEX, id), HttpStatus.NOT_FOUND);
    }

    private Task task(String tenant, long projectId, String title) {
        return client.post().uri("/projects/{id}/tasks", projectId).header("X-Tenant", tenant)
                .bodyValue(Map.of("title", title)).exchange().expectStatus().isCreated()
                .expectBody(Task.class).returnResult().getResponseBody();
    }

    private List<Task> tasks(String tenant, long projectId) {
        return client.get().uri("/projects/{id}/tasks", projectId).header("X-Tenant", tenant).exchange()
                .expectStatus().isOk().expectBody(new ParameterizedTypeReference<List<Task>>() { })
                .returnResult().getResponseBody();
    }

    @Test
    void tasksBelongToTheirProject() {
        Project project = create(ACME, unique("Tornado kit"));
        Project other = create(ACME, unique("Other"));
        Task first = task(ACME, project.id(), "buy seeds");
        Task second = task(ACME, project.id(), "plant");
        assertThat(first.done()).isFalse();
        assertThat(first.version()).isZero();
        assertThat(tasks(ACME, project.id())).containsExactly(first, second);
        assertThat(tasks(ACME, other.id())).isEmpty();

        Task done = client.put().uri("/projects/{p}/tasks/{t}", project.id(), first.id()).header("X-Tenant", ACME)
                .bodyValue(Map.of("title", "buy seeds", "done", true, "version", 0)).exchange()
                .expectStatus().isOk().expectBody(Task.class).returnResult().getResponseBody();
        assertThat(done.done()).isTrue();
        assertThat(done.version()).isEqualTo(1L);
        problem(client.put().uri("/projects/{p}/tasks/{t}", project.id(), first.id()).header("X-Tenant", ACME)
                .bodyValue(Map.of("title", "stale", "version", 0)).exchange(), HttpStatus.CONFLICT);
        // a task is reached only through its own project
        problem(client.get().uri("/projects/{p}/tasks/{t}", other.id(), first.id()).header("X-Tenant", ACME)
                .exchange(), HttpStatus.NOT_FOUND);
        problem(client.delete().uri("/projects/{p}/tasks/{t}", other.id(), first.id()).header("X-Tenant", ACME)
                .exchange(), HttpStatus.NOT_FOUND);
        assertThat(problem(client.post().uri("/projects/{p}/tasks", project.id()).header("X-Tenant", ACME)
                .bodyValue(Map.of("done", true)).exchange(), HttpStatus.BAD_REQUEST)).contains("'title' is required");

        client.delete().uri("/projects/{p}/tasks/{t}", project.id(), second.id()).header("X-Tenant", ACME).exchange()
                .expectStatus().isNoContent();
        assertThat(tasks(ACME, project.id())).containsExactly(done);
        // deleting the project deletes its tasks
        client.delete().uri("/projects/{id}", project.id()).header("X-Tenant", ACME).exchange()
                .expectStatus().isNoContent();
        problem(client.get().uri("/projects/{p}/tasks/{t}", project.id(), first.id()).header("X-Tenant", ACME)
                .exchange(), HttpStatus.NOT_FOUND);
    }
}
