package dev.quicksilver.core.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.ReadReplicas;
import dev.quicksilver.core.TransactionOptions;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.core.testkit.IsolatedDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * A primary with a read replica (ReadReplicas.database): read-only transactions and pipelines marked
 * read-only run on the replica, everything else on the primary. The two are separate databases here,
 * each with a row naming it, so a read shows where it ran.
 */
public abstract class ReplicaTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final TransactionOptions READ_ONLY = TransactionOptions.builder().readOnly(true).build();

    private IsolatedDatabase primary;
    private IsolatedDatabase replica;
    private Database routed;

    @BeforeEach
    void createPrimaryAndReplica() {
        primary = target().create(DatabaseOptions.defaults());
        replica = target().create(DatabaseOptions.defaults());
        for (IsolatedDatabase each : List.of(primary, replica)) {
            each.database().sql("CREATE TABLE site (name VARCHAR(20) NOT NULL)").rowsUpdated().block(TIMEOUT);
            each.database().sql("INSERT INTO site (name) VALUES (:name)")
                    .bind("name", each == primary ? "primary" : "replica").rowsUpdated().block(TIMEOUT);
        }
        routed = ReadReplicas.database(primary.database(), replica.database());
    }

    @AfterEach
    void disposeBoth() {
        if (primary != null) {
            primary.dispose();
        }
        if (replica != null) {
            replica.dispose();
        }
    }

    private Mono<String> site() {
        return routed.sql("SELECT name FROM site").map(row -> row.get(0, String.class)).single();
    }

    @Test
    void statementsAndReadWriteTransactionsRunOnThePrimary() {
        assertThat(site().block(TIMEOUT)).isEqualTo("primary");
        assertThat(routed.inTransaction(tx -> site()).single().block(TIMEOUT)).isEqualTo("primary");
        routed.sql("INSERT INTO site (name) VALUES ('written')").rowsUpdated().block(TIMEOUT);
        assertThat(primary.database().sql("SELECT COUNT(*) FROM site").map(row -> row.get(0, Long.class))
                .single().block(TIMEOUT)).isEqualTo(2L);
        assertThat(replica.database().sql("SELECT COUNT(*) FROM site").map(row -> row.get(0, Long.class))
                .single().block(TIMEOUT)).isEqualTo(1L);
        assertThat(routed.dialect().name()).isEqualTo(primary.database().dialect().name());
    }

    @Test
    void readOnlyTransactionsRunOnTheReplica() {
        StepVerifier.create(routed.inTransaction(READ_ONLY, tx -> site().concatWith(site())))
                .expectNext("replica", "replica").verifyComplete();
        awaitNoConnectionInUse(replica.database());
        awaitNoConnectionInUse(primary.database());
    }

    @Test
    void aPipelineMarkedReadOnlyRunsOnTheReplica() {
        StepVerifier.create(site().contextWrite(ReadReplicas.readOnly())).expectNext("replica").verifyComplete();
        StepVerifier.create(routed.inTransaction(tx -> site()).contextWrite(ReadReplicas.readOnly()))
                .expectNext("replica").verifyComplete();
        assertThat(site().block(TIMEOUT)).isEqualTo("primary");
    }

    @Test
    void aReadOnlyTransactionInsideAReadWriteOneStaysOnItsConnection() {
        StepVerifier.create(routed.inTransaction(tx -> routed.sql("INSERT INTO site (name) VALUES ('pending')")
                        .rowsUpdated()
                        .thenMany(routed.inTransaction(READ_ONLY, inner -> routed.sql("SELECT COUNT(*) FROM site")
                                .map(row -> row.get(0, Long.class))))))
                .expectNext(2L).verifyComplete();
        awaitNoConnectionInUse(primary.database());
    }

    @Test
    void aWriteInAReadOnlyTransactionNeverReachesThePrimary() {
        // PostgreSQL refuses it (READ ONLY transaction); H2 has no read-only transactions, so it lands on the
        // replica. Either way the primary does not change.
        routed.inTransaction(READ_ONLY, tx -> routed.sql("INSERT INTO site (name) VALUES ('refused')").rowsUpdated())
                .onErrorResume(error -> Mono.empty()).blockLast(TIMEOUT);
        assertThat(primary.database().sql("SELECT COUNT(*) FROM site").map(row -> row.get(0, Long.class))
                .single().block(TIMEOUT)).isEqualTo(1L);
        awaitNoConnectionInUse(replica.database());
    }

    @Test
    void primaryAndReplicaMustShareADialect() {
        assertThat(routed.toString()).isNotEmpty();
        assertThat(ReadReplicas.database(primary.database(), primary.database()).dialect().name())
                .isEqualTo(primary.database().dialect().name());
    }
}
