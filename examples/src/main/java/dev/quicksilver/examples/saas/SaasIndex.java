package dev.quicksilver.examples.saas;

import dev.quicksilver.spring.boot.QuicksilverTenants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The example's front door, served without a tenant ({@code quicksilver.tenants.excluded-paths}): what it is,
 * its tenants and its endpoints. It reads no tenant's data.
 */
@RestController
final class SaasIndex {

    private final QuicksilverTenants tenants;
    private final String header;

    SaasIndex(QuicksilverTenants tenants, @Value("${quicksilver.tenants.header:X-Tenant}") String header) {
        this.tenants = tenants;
        this.header = header;
    }

    @GetMapping("/")
    Map<String, Object> index() {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("example", "saas");
        index.put("description", "Projects and tasks, each tenant in a database of its own; the " + header
                + " header names the tenant of every request below.");
        index.put("tenantHeader", header);
        index.put("tenants", tenants.names());
        index.put("endpoints", List.of(
                "GET /projects", "POST /projects {name, description}", "GET /projects/{id}",
                "PUT /projects/{id} {name, description, version}", "DELETE /projects/{id}",
                "GET /projects/{id}/tasks", "POST /projects/{id}/tasks {title, done}",
                "GET /projects/{id}/tasks/{taskId}", "PUT /projects/{id}/tasks/{taskId} {title, done, version}",
                "DELETE /projects/{id}/tasks/{taskId}"));
        return index;
    }
}
