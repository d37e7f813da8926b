package dev.quicksilver.examples.inventory;

import static dev.quicksilver.examples.inventory.StockMovement_.STOCK_MOVEMENT;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.exception.QuicksilverException;
import dev.quicksilver.examples.web.ConflictException;
import dev.quicksilver.query.BulkProgress;
import dev.quicksilver.query.BulkWriteException;
import dev.quicksilver.query.Quicksilver;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.StringDecoder;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A CSV import of received stock ({@code sku,warehouse,qty} per line after that header), all or nothing:
 * the request body is split into lines as it arrives, each line checked and turned into a RECEIVE movement,
 * and the movements streamed through the bulk writer ({@code qs.bulkInsert}: multi-row INSERTs on H2, one
 * COPY on PostgreSQL) inside one transaction, which then adds the batch's quantities to the stock levels
 * with two set-based statements. The body is never held whole: the writer asks for lines only as fast as
 * the database takes them. Progress is one record per chunk written, then a summary after the commit. An
 * invalid line fails the import naming its line number, and the transaction rolls back: nothing written.
 * Thread-safe.
 */
@Component
final class StockImport {

    private static final Logger LOG = LoggerFactory.getLogger(StockImport.class);

    static final String HEADER = "sku,warehouse,qty";
    static final int CHUNK_ROWS = 1_000;

    private static final StringDecoder LINES = StringDecoder.allMimeTypes(List.of("\r\n", "\n"), true);

    /** Creates the stock levels the batch needs that are not there yet. */
    private static final String CREATE_MISSING_LEVELS = """
            INSERT INTO "stock_level" ("warehouse_id", "item_id", "on_hand", "reserved")
            SELECT DISTINCT m."to_warehouse_id", m."item_id", 0, 0 FROM "stock_movement" m
            WHERE m."import_batch" = :batch AND NOT EXISTS (SELECT 1 FROM "stock_level" s
                WHERE s."warehouse_id" = m."to_warehouse_id" AND s."item_id" = m."item_id")""";

    /** Adds the batch's quantities to the stock levels: atomic per row, so concurrent changes are kept. */
    private static final String ADD_BATCH_TO_LEVELS = """
            UPDATE "stock_level" SET "on_hand" = "on_hand" + (SELECT SUM(m."qty") FROM "stock_movement" m
                WHERE m."import_batch" = :batch AND m."to_warehouse_id" = "stock_level"."warehouse_id"
                AND m."item_id" = "stock_level"."item_id")
            WHERE EXISTS (SELECT 1 FROM "stock_movement" m WHERE m."import_batch" = :batch
                AND m."to_warehouse_id" = "stock_level"."warehouse_id" AND m."item_id" = "stock_level"."item_id")""";

    private final Quicksilver qs;
    private final Database db;
    private final ItemRepository items;
    private final WarehouseRepository warehouses;

    StockImport(Quicksilver qs, ItemRepository items, WarehouseRepository warehouses) {
        this.qs = qs;
        this.db = qs.database();
        this.items = items;
        this.warehouses = warehouses;
    }

    /**
     * A progress record of an import.
     *
     * @param status {@code importing} per chunk written, then {@code done} after the commit, or {@code failed}
     *        (nothing was written) when a line was invalid after progress had been sent
     * @param batch the import's id (the movements' {@code import_batch})
     * @param rows rows written so far
     * @param stockLevels stock levels changed (in the summary)
     * @param millis time since the import started
     * @param error what was wrong (when failed)
     */
    record ImportProgress(String status, String batch, long rows, @Nullable Long stockLevels, long millis,
                          @Nullable String error) {
    }

    /** An invalid line of the CSV: 400, naming the line. */
    static final class InvalidLineException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        InvalidLineException(long line, String problem) {
            super("line " + line + ": " + problem + "; nothing was imported");
        }
    }

    /** The catalogue a line is checked against, read once per import. */
    private record Lookup(Map<String, Long> itemsBySku, Map<String, Long> warehousesByCode) {
    }

    /**
     * Runs an import.
     *
     * @param body the CSV as it arrives
     * @param streaming whether the records are sent as they come (then a failure after the first is reported
     *        as a last {@code failed} record, the status being sent) or collected (a failure is the error)
     */
    Flux<ImportProgress> importStock(Flux<DataBuffer> body, boolean streaming) {
        String batch = UUID.randomUUID().toString();
        long started = System.nanoTime();
        AtomicBoolean progressSent = new AtomicBoolean();
        AtomicReference<@Nullable InvalidLineException> invalidLine = new AtomicReference<>();
        AtomicReference<@Nullable ImportProgress> summary = new AtomicReference<>();
        Mono<Lookup> lookup = Mono.zip(
                items.findAll().collectMap(Item::sku, item -> Objects.requireNonNull(item.id())),
                warehouses.findAll().collectMap(Warehouse::code, warehouse -> Objects.requireNonNull(warehouse.id())),
                Lookup::new);
        Flux<ImportProgress> records = lookup.flatMapMany(catalogue -> db.inTransaction(tx -> {
                    LocalDateTime receivedAt = InventoryClock.now();
                    Flux<StockMovement> movements = LINES.decode(body, ResolvableType.forClass(String.class), null, null)
                            .index()
                            .mapNotNull(numbered -> parse(numbered.getT1() + 1, numbered.getT2(), catalogue, batch,
                                    receivedAt))
                            .doOnError(InvalidLineException.class, invalidLine::set);
                    return qs.bulkInsert(STOCK_MOVEMENT).chunkSize(CHUNK_ROWS).writeWithProgress(movements)
                            .map(progress -> progress(batch, progress))
                            .concatWith(db.sql(CREATE_MISSING_LEVELS).bind("batch", batch).rowsUpdated()
                                    .then(db.sql(ADD_BATCH_TO_LEVELS).bind("batch", batch).rowsUpdated())
                                    .flatMap(levels -> rowCount(batch).doOnNext(rows -> summary.set(
                                            new ImportProgress("done", batch, rows, levels, 0, null))))
                                    .then(Mono.empty()));
                }))
                // after the commit (inTransaction completes once COMMIT has), never before
                .concatWith(Mono.fromSupplier(() -> {
                    ImportProgress done = Objects.requireNonNull(summary.get());
                    return new ImportProgress(done.status(), batch, done.rows(), done.stockLevels(),
                            millisSince(started), null);
                }))
                // the bulk writer reports its input's failure in its own words (on PostgreSQL: the aborted COPY)
                .onErrorMap(error -> invalidLine.get() != null, error -> Objects.requireNonNull(invalidLine.get()))
                .onErrorMap(StockImport::isNumericOverflow, overflow -> new ConflictException("The import would take"
                        + " a stock level past " + Integer.MAX_VALUE + " units; nothing was imported."))
                .doOnNext(progress -> progressSent.set(true))
                // once progress went out the status (200) is sent: report the failure as the last record
                .onErrorResume(error -> streaming && progressSent.get(),
                        error -> Mono.just(new ImportProgress("failed", batch, 0, null, millisSince(started),
                                clientMessage(error))));
        // not streaming: nothing is sent before the commit, so a failure is still the answer's status
        return streaming ? records : records.collectList().flatMapIterable(list -> list);
    }

    private Mono<Long> rowCount(String batch) {
        return qs.select(STOCK_MOVEMENT).where(STOCK_MOVEMENT.IMPORT_BATCH.eq(batch)).count();
    }

    /** The movement of one line, none for the header and blank lines; an invalid line throws. */
    private static @Nullable StockMovement parse(long line, String text, Lookup catalogue, String batch,
                                             LocalDateTime receivedAt) {
        String trimmed = text.strip();
        if (line == 1) {
            if (!trimmed.toLowerCase(Locale.ROOT).replace(" ", "").equals(HEADER)) {
                throw new InvalidLineException(line, "expected the header '" + HEADER + "', found '" + trimmed + "'");
            }
            return null;
        }
        if (trimmed.isEmpty()) {
            return null;
        }
        String[] fields = trimmed.split(",", -1);
        if (fields.length != 3) {
            throw new InvalidLineException(line, "expected 3 fields (" + HEADER + "), found "
                    + fields.length);
        }
        String sku = fields[0].strip();
        String warehouse = fields[1].strip();
        Long itemId = catalogue.itemsBySku().get(sku);
        if (itemId == null) {
            throw new InvalidLineException(line, "unknown sku '" + sku + "'");
        }
        Long warehouseId = catalogue.warehousesByCode().get(warehouse);
        if (warehouseId == null) {
            throw new InvalidLineException(line, "unknown warehouse '" + warehouse + "'");
        }
        int qty;
        try {
            qty = Integer.parseInt(fields[2].strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidLineException(line, "qty '" + fields[2].strip() + "' is not a whole number");
        }
        if (qty <= 0 || qty > Requests.MAX_QTY) {
            throw new InvalidLineException(line, "qty must be between 1 and " + Requests.MAX_QTY
                    + ", was " + qty);
        }
        return new StockMovement(null, MovementKind.RECEIVE, itemId, null, warehouseId, qty, receivedAt, batch);
    }

    /** A sum past the INTEGER column: SQLSTATE 22003 on PostgreSQL, 22004 (value out of range for a column) on H2. */
    private static boolean isNumericOverflow(Throwable error) {
        return error instanceof QuicksilverException database
                && ("22003".equals(database.sqlState()) || "22004".equals(database.sqlState()));
    }

    /** What a failed record says: the problem with the input, or (logged) that something unexpected failed. */
    private static String clientMessage(Throwable error) {
        if (error instanceof IllegalArgumentException || error instanceof BulkWriteException
                || error instanceof ConflictException) {
            return String.valueOf(error.getMessage());
        }
        LOG.error("CSV import failed after progress was sent", error);
        return "Unexpected error; nothing was imported and the server log has the details.";
    }

    private static ImportProgress progress(String batch, BulkProgress progress) {
        return new ImportProgress("importing", batch, progress.rows(), null, progress.elapsed().toMillis(), null);
    }

    private static long millisSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
