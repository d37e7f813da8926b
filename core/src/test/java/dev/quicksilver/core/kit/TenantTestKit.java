package dev.quicksilver.core.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.Tenants;
import dev.quicksilver.core.exception.UnknownTenantException;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.core.testkit.IsolatedDatabase;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Database per tenant (Tenants.database): each statement and transaction runs on the database of the
 * Reactor Context's tenant; no tenant or an unknown one is an error and runs nothing.
 */
public abstract class TenantTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private IsolatedDatabase acme;
    private IsolatedDatabase globex;
    private Database routed;

    @BeforeEach
    void createTenants() {
        acme = target().create(DatabaseOptions.defaults());
        globex = target().create(DatabaseOptions.defaults());
        for (IsolatedDatabase tenant : List.of(acme, globex)) {
            tenant.database().sql("CREATE TABLE note (id INTEGER PRIMARY KEY, body VARCHAR(40) NOT NULL)")
                    .rowsUpdated().block(TIMEOUT);
        }
        acme.database().sql("INSERT INTO note (id, body) VALUES (1, 'acme only')").rowsUpdated().block(TIMEOUT);
        globex.database().sql("INSERT INTO note (id, body) VALUES (1, 'globex only')").rowsUpdated().block(TIMEOUT);
        Map<String, Database> tenants = new LinkedHashMap<>();
        tenants.put("acme", acme.database());
        tenants.put("globex", globex.database());
        routed = Tenants.database(tenants);
    }

    @AfterEach
    void disposeTenants() {
        if (acme != null) {
            acme.dispose();
        }
        if (globex != null) {
            globex.dispose();
        }
    }

    private List<String> bodies(String tenant) {
        return routed.sql("SELECT body FROM note ORDER BY id").map(row -> row.get(0, String.class)).collectList()
                .contextWrite(Tenants.with(tenant)).block(TIMEOUT);
    }

    @Test
    void eachStatementRunsOnItsTenantsDatabase() {
        assertThat(bodies("acme")).containsExactly("acme only");
        assertThat(bodies("globex")).containsExactly("globex only");
        routed.sql("INSERT INTO note (id, body) VALUES (2, :body)").bind("body", "acme again").rowsUpdated()
                .contextWrite(Tenants.with("acme")).block(TIMEOUT);
        assertThat(bodies("acme")).containsExactly("acme only", "acme again");
        assertThat(bodies("globex")).containsExactly("globex only");
        assertThat(routed.dialect().name()).isEqualTo(acme.database().dialect().name());
        awaitNoConnectionInUse(acme.database());
        awaitNoConnectionInUse(globex.database());
    }

    @Test
    void aTransactionRunsOnItsTenantsDatabaseAndRollsBackThere() {
        StepVerifier.create(routed.inTransaction(tx -> routed.sql("INSERT INTO note (id, body) VALUES (3, 'kept')")
                        .rowsUpdated()).contextWrite(Tenants.with("globex")))
                .expectNext(1L).verifyComplete();
        StepVerifier.create(routed.inTransaction(tx -> routed.sql("INSERT INTO note (id, body) VALUES (4, 'undone')")
                                .rowsUpdated().then(Mono.error(new IllegalStateException("changed my mind"))))
                        .contextWrite(Tenants.with("globex")))
                .expectErrorMessage("changed my mind").verify(TIMEOUT);
        assertThat(bodies("globex")).containsExactly("globex only", "kept");
        assertThat(bodies("acme")).containsExactly("acme only");
        awaitNoConnectionInUse(globex.database());
    }

    @Test
    void noTenantOrAnUnknownOneIsAnErrorAndRunsNothing() {
        StepVerifier.create(routed.sql("DELETE FROM note").rowsUpdated())
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(UnknownTenantException.class)
                        .hasMessageContaining("No tenant in the Reactor Context")
                        .hasMessageContaining("Tenants.with").hasMessageContaining("[acme, globex]"))
                .verify(TIMEOUT);
        StepVerifier.create(routed.sql("DELETE FROM note").rowsUpdated().contextWrite(Tenants.with("initech")))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(UnknownTenantException.class)
                        .hasMessageContaining("Unknown tenant 'initech'"))
                .verify(TIMEOUT);
        StepVerifier.create(routed.inTransaction(tx -> routed.sql("DELETE FROM note").rowsUpdated())
                        .contextWrite(Tenants.with("initech")))
                .expectError(UnknownTenantException.class).verify(TIMEOUT);
        assertThat(bodies("acme")).hasSize(1);
        assertThat(bodies("globex")).hasSize(1);
    }
}
