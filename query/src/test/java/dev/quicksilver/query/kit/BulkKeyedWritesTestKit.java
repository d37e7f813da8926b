package dev.quicksilver.query.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.testkit.DatabaseTestKit;
import dev.quicksilver.mapping.EntityValidationException;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.BulkMode;
import dev.quicksilver.query.BulkProgress;
import dev.quicksilver.query.BulkResult;
import dev.quicksilver.query.BulkWriteException;
import dev.quicksilver.query.Quicksilver;
import dev.quicksilver.query.kit.BulkEntities.BulkItem;
import dev.quicksilver.query.kit.BulkEntities.Stock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Bulk update and delete by ids, and bulk upsert: chunks of one statement each, the input's demand bounded as
 * for the bulk writer, a failure in a chunk with each mode, stale versions, and upserts that overwrite or skip.
 */
public abstract class BulkKeyedWritesTestKit extends DatabaseTestKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final EntityModel<BulkItem> ITEM = EntityModel.of(BulkItem.class);
    private static final EntityModel<Stock> STOCK = EntityModel.of(Stock.class);

    private Quicksilver qs;

    @BeforeEach
    void createTables() {
        qs = Quicksilver.of(db);
        execute(SchemaDdl.of(MappingContext.standard(), db.dialect()).create(List.of(BulkItem.class, Stock.class))
                .toArray(String[]::new));
    }

    private static BulkItem item(int i) {
        return new BulkItem(i, "item " + i, i % 1000, BigDecimal.valueOf(i % 10_000, 2));
    }

    private static BulkItem renamed(int i) {
        return new BulkItem(i, "renamed " + i, null, BigDecimal.valueOf(i, 2));
    }

    private void insertItems(int rows) {
        qs.bulkInsert(ITEM).write(Flux.range(0, rows).map(BulkKeyedWritesTestKit::item)).block(TIMEOUT);
    }

    private long renamedCount() {
        return qs.select(ITEM).fetch().filter(item -> item.label().startsWith("renamed")).count().block(TIMEOUT);
    }

    /** Counts the rows requested beyond those acknowledged, as the bulk writer's kit does. */
    private static final class Demand {
        final AtomicLong requested = new AtomicLong();
        final AtomicLong done = new AtomicLong();
        final AtomicLong maxAhead = new AtomicLong();

        <T> Flux<T> watch(Flux<T> input) {
            return input.doOnRequest(n -> maxAhead.accumulateAndGet(
                    requested.addAndGet(n) < 0 ? Long.MAX_VALUE : requested.get() - done.get(), Math::max));
        }
    }

    @Test
    void updatesInChunksWithTheInputsDemandBoundedInEitherMode() {
        insertItems(5_000);
        for (BulkMode mode : BulkMode.values()) {
            Demand demand = new Demand();
            List<BulkProgress> progress = qs.bulkUpdate(ITEM).chunkSize(500).maxInFlight(3).mode(mode)
                    .writeWithProgress(demand.watch(Flux.range(0, 5_000).map(BulkKeyedWritesTestKit::renamed)))
                    .doOnNext(step -> demand.done.set(step.rows()))
                    .collectList().block(TIMEOUT);
            assertThat(progress).hasSize(10);
            assertThat(progress.get(9).rows()).isEqualTo(5_000);
            assertThat(demand.maxAhead.get()).as(mode + ": rows requested beyond those acknowledged")
                    .isLessThanOrEqualTo(500L * 3);
        }
        assertThat(renamedCount()).isEqualTo(5_000);
        BulkItem read = qs.select(ITEM).where(ITEM.column("itemId", Long.class).eq(4_321L)).one().block(TIMEOUT);
        assertThat(read).isEqualTo(renamed(4_321));
    }

    @Test
    void deletesByKeysInChunksWithTheInputsDemandBoundedInEitherMode() {
        insertItems(10_000);
        long from = 0;
        for (BulkMode mode : BulkMode.values()) {
            Demand demand = new Demand();
            long first = from;
            List<BulkProgress> progress = qs.bulkDelete(ITEM).chunkSize(400).maxInFlight(2).mode(mode)
                    .byKeysWithProgress(demand.watch(Flux.range(0, 4_000).map(i -> first + i)))
                    .doOnNext(step -> demand.done.addAndGet(400))
                    .collectList().block(TIMEOUT);
            assertThat(progress).hasSize(10);
            assertThat(progress.get(9).rows()).as("rows deleted").isEqualTo(4_000);
            assertThat(demand.maxAhead.get()).as(mode + ": ids requested beyond those acknowledged")
                    .isLessThanOrEqualTo(400L * 2);
            from += 4_000;
        }
        assertThat(count("\"bulk_item\"")).isEqualTo(2_000);
        // ids that match nothing are skipped, not an error; entities are deleted by their ids
        BulkResult result = qs.bulkDelete(ITEM).entities(Flux.range(7_990, 20).map(BulkKeyedWritesTestKit::item))
                .block(TIMEOUT);
        assertThat(result.rows()).isEqualTo(10);
        assertThat(result.method()).isEqualTo(BulkResult.Method.KEYED_DELETE);
        assertThat(count("\"bulk_item\"")).isEqualTo(1_990);
    }

    @Test
    void anUpdateChunkWithAMissingRowFailsWholeAndLeavesEarlierChunksWithACommitPerChunk() {
        insertItems(5_000);
        execute("DELETE FROM \"bulk_item\" WHERE \"item_id\" = 2500");
        StepVerifier.create(qs.bulkUpdate(ITEM).chunkSize(1_000).maxInFlight(1).mode(BulkMode.COMMIT_PER_CHUNK)
                        .write(Flux.range(0, 5_000).map(BulkKeyedWritesTestKit::renamed)))
                .expectErrorSatisfies(error -> {
                    BulkWriteException failure = (BulkWriteException) error;
                    assertThat(failure.chunk()).isEqualTo(2);
                    assertThat(failure.committedRows()).isEqualTo(2_000);
                    assertThat(failure).hasMessageContaining("999 of 1000 rows").hasMessageContaining("2000 rows of"
                            + " earlier chunks are committed");
                })
                .verify(TIMEOUT);
        assertThat(renamedCount()).as("chunks 0 and 1 only: chunk 2 is rolled back whole").isEqualTo(2_000);
    }

    @Test
    void anUpdateChunkWithAMissingRowLeavesNothingWhenAllOrNothing() {
        insertItems(5_000);
        execute("DELETE FROM \"bulk_item\" WHERE \"item_id\" = 2500");
        StepVerifier.create(qs.bulkUpdate(ITEM).chunkSize(1_000).write(Flux.range(0, 5_000)
                        .map(BulkKeyedWritesTestKit::renamed)))
                .expectErrorSatisfies(error -> {
                    BulkWriteException failure = (BulkWriteException) error;
                    assertThat(failure.chunk()).isEqualTo(2);
                    assertThat(failure.committedRows()).isZero();
                    assertThat(failure).hasMessageContaining("nothing is committed");
                })
                .verify(TIMEOUT);
        assertThat(renamedCount()).isZero();
    }

    @Test
    void anInvalidEntityFailsItsUpdateChunkBeforeAnySql() {
        insertItems(100);
        StepVerifier.create(qs.bulkUpdate(ITEM).chunkSize(50)
                        .write(Flux.range(0, 100).map(i -> i == 70 ? new BulkItem(i, null, 1, null) : renamed(i))))
                .expectErrorSatisfies(error -> {
                    BulkWriteException failure = (BulkWriteException) error;
                    assertThat(failure.chunk()).isEqualTo(1);
                    assertThat(failure.row()).hasValue(70);
                    assertThat(failure).hasCauseInstanceOf(EntityValidationException.class);
                })
                .verify(TIMEOUT);
        assertThat(renamedCount()).isZero();
    }

    @Test
    void aVersionedRowIsUpdatedOnlyAtTheVersionItCarries() {
        qs.bulkInsert(STOCK).write(Flux.range(0, 10).map(i -> new Stock(i, "sku " + i, 10, 0))).block(TIMEOUT);
        BulkResult result = qs.bulkUpdate(STOCK).write(Flux.range(0, 10).map(i -> new Stock(i, "sku " + i, 9, 0)))
                .block(TIMEOUT);
        assertThat(result.rows()).isEqualTo(10);
        List<Stock> stored = qs.select(STOCK).fetch().collectList().block(TIMEOUT);
        assertThat(stored).allMatch(stock -> stock.version() == 1 && stock.quantity() == 9);
        // the same write again carries version 0: stale for every row
        StepVerifier.create(qs.bulkUpdate(STOCK).write(Flux.range(0, 10).map(i -> new Stock(i, "sku " + i, 8, i == 3
                        ? 1 : 0))))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(BulkWriteException.class)
                        .hasMessageContaining("1 of 10 rows").hasMessageContaining("version is stale"))
                .verify(TIMEOUT);
        assertThat(qs.select(STOCK).fetch().collectList().block(TIMEOUT))
                .allMatch(stock -> stock.version() == 1 && stock.quantity() == 9);
    }

    @Test
    void aDeleteFailingInAChunkLeavesEarlierChunksWithACommitPerChunkAndNothingWhenAllOrNothing() {
        insertItems(5_000);
        execute("CREATE TABLE \"item_ref\" (\"ref_id\" INT PRIMARY KEY, \"item_id\" BIGINT REFERENCES"
                + " \"bulk_item\" (\"item_id\"))", "INSERT INTO \"item_ref\" VALUES (1, 2500)");
        StepVerifier.create(qs.bulkDelete(ITEM).chunkSize(1_000).maxInFlight(1).mode(BulkMode.ALL_OR_NOTHING)
                        .byKeys(Flux.range(0, 5_000).map(Long::valueOf)))
                .expectErrorSatisfies(error -> {
                    BulkWriteException failure = (BulkWriteException) error;
                    assertThat(failure.chunk()).isEqualTo(2);
                    assertThat(failure.committedRows()).isZero();
                })
                .verify(TIMEOUT);
        assertThat(count("\"bulk_item\"")).isEqualTo(5_000);
        StepVerifier.create(qs.bulkDelete(ITEM).chunkSize(1_000).maxInFlight(1).mode(BulkMode.COMMIT_PER_CHUNK)
                        .byKeys(Flux.range(0, 5_000).map(Long::valueOf)))
                .expectErrorSatisfies(error -> {
                    BulkWriteException failure = (BulkWriteException) error;
                    assertThat(failure.chunk()).isEqualTo(2);
                    assertThat(failure.committedRows()).isEqualTo(2_000);
                    assertThat(failure).hasMessageContaining("Bulk delete from bulk_item failed in chunk 2");
                })
                .verify(TIMEOUT);
        assertThat(count("\"bulk_item\"")).isEqualTo(3_000);
    }

    @Test
    void aBulkUpsertOverwritesOrSkipsExistingRows() {
        insertItems(1_000);
        BulkResult result = qs.bulkInsert(ITEM).chunkSize(300).onConflict("itemId")
                .write(Flux.range(500, 1_000).map(BulkKeyedWritesTestKit::renamed)).block(TIMEOUT);
        assertThat(result.rows()).isEqualTo(1_000);
        assertThat(result.method()).isEqualTo(BulkResult.Method.MULTI_ROW_UPSERT);
        assertThat(count("\"bulk_item\"")).isEqualTo(1_500);
        assertThat(renamedCount()).isEqualTo(1_000);
        assertThat(qs.select(ITEM).where(ITEM.column("itemId", Long.class).eq(700L)).one().block(TIMEOUT))
                .isEqualTo(renamed(700));
        qs.bulkInsert(ITEM).chunkSize(300).onConflictDoNothing("itemId")
                .write(Flux.range(0, 2_000).map(BulkKeyedWritesTestKit::item)).block(TIMEOUT);
        assertThat(count("\"bulk_item\"")).isEqualTo(2_000);
        assertThat(renamedCount()).as("existing rows left as they were").isEqualTo(1_000);
        // two rows of one chunk with one key: refused, nothing written (all or nothing)
        StepVerifier.create(qs.bulkInsert(ITEM).onConflict("itemId")
                        .write(Flux.just(item(5_000), item(5_001), renamed(5_000))))
                .expectError(BulkWriteException.class)
                .verify(TIMEOUT);
        assertThat(count("\"bulk_item\"")).isEqualTo(2_000);
    }
}
