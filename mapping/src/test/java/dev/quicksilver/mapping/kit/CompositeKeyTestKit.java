package dev.quicksilver.mapping.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.exception.ForeignKeyViolationException;
import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.ddl.CompositeKeySamples;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * Composite keys on a real database: the generated DDL's two-column primary key and the two-column
 * foreign key to it are enforced, and their delete actions (CASCADE from purchase to line, SET NULL from
 * line to shipment) run.
 */
public abstract class CompositeKeyTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @BeforeEach
    void createSchema() {
        execute(SchemaDdl.of(MappingContext.standard(), db.dialect()).create(CompositeKeySamples.ENTITIES)
                .toArray(String[]::new));
        execute("INSERT INTO \"purchase\" VALUES (1, 'Ada')",
                "INSERT INTO \"purchase_line\" (\"purchase_id\", \"line_no\", \"quantity\") VALUES (1, 1, 5), (1, 2, 1)");
    }

    @Test
    void theCompositeKeyIsUniqueAsAPair() {
        execute("INSERT INTO \"purchase\" VALUES (2, 'Grace')",
                "INSERT INTO \"purchase_line\" (\"purchase_id\", \"line_no\", \"quantity\") VALUES (2, 1, 3)");
        StepVerifier.create(db.sql("INSERT INTO \"purchase_line\" (\"purchase_id\", \"line_no\", \"quantity\")"
                        + " VALUES (:purchase, :line, 1)").bind("purchase", 1L).bind("line", 2).rowsUpdated())
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("purchase_line_pkey"))
                .verify(TIMEOUT);
        assertThat(count("\"purchase_line\"")).isEqualTo(3);
    }

    @Test
    void aReferenceMustNameAnExistingPairAndFollowsItsDeletion() {
        UUID shipment = UUID.randomUUID();
        db.sql("INSERT INTO \"shipment\" (\"shipment_id\", \"line_purchase_id\", \"line_no\") VALUES (:id, 1, 2)")
                .bind("id", shipment).rowsUpdated().block(TIMEOUT);
        // (1, 3) does not exist although both halves do, separately
        StepVerifier.create(db.sql("INSERT INTO \"shipment\" (\"shipment_id\", \"line_purchase_id\", \"line_no\")"
                        + " VALUES (:id, 1, 3)").bind("id", UUID.randomUUID()).rowsUpdated())
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ForeignKeyViolationException.class)
                        .hasMessageContaining("shipment_line_purchase_id_line_no_fkey"))
                .verify(TIMEOUT);

        execute("DELETE FROM \"purchase\"");
        assertThat(count("\"purchase_line\"")).isZero();
        assertThat(db.sql("SELECT \"line_purchase_id\", \"line_no\" FROM \"shipment\" WHERE \"shipment_id\" = :id")
                .bind("id", shipment).map(row -> row.get(0) == null && row.get(1) == null).blockLast(TIMEOUT)).isTrue();
    }
}
