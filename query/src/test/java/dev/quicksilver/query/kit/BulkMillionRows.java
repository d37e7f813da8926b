package dev.quicksilver.query.kit;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.BulkMode;
import dev.quicksilver.query.Quicksilver;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;

/**
 * Creates the {@code bulk_item} table, bulk-writes generated rows from a {@code Flux.range} and prints
 * {@code rows=<n> counted=<n> peakHeapBytes=<n> maxHeapBytes=<n> maxAhead=<n> rowsPerSecond=<n>}:
 * {@code maxAhead} is the most rows ever requested from the input beyond those the database had
 * acknowledged. Run in a JVM of its own with a small heap by {@link BulkWriterTestKit}.
 *
 * <p>Arguments: the R2DBC URL, rows, chunk size, chunks in flight, {@link BulkMode} name.
 */
public final class BulkMillionRows {

    private BulkMillionRows() {
    }

    public static void main(String[] args) {
        String url = args[0];
        int rows = Integer.parseInt(args[1]);
        int chunkSize = Integer.parseInt(args[2]);
        int inFlight = Integer.parseInt(args[3]);
        BulkMode mode = BulkMode.valueOf(args[4]);
        Database db = Database.connect(url, DatabaseOptions.builder().slowStatementThreshold(null).build());
        try {
            db.sql("DROP TABLE IF EXISTS \"bulk_item\"").rowsUpdated().block(Duration.ofSeconds(30));
            for (String ddl : SchemaDdl.of(MappingContext.standard(), db.dialect()).create(
                    List.of(BulkEntities.BulkItem.class))) {
                db.sql(ddl).rowsUpdated().block(Duration.ofSeconds(30));
            }
            AtomicLong requested = new AtomicLong();
            AtomicLong written = new AtomicLong();
            AtomicLong maxAhead = new AtomicLong();
            Flux<BulkEntities.BulkItem> input = Flux.range(0, rows)
                    .map(i -> new BulkEntities.BulkItem(i, "item " + i, i % 1000, BigDecimal.valueOf(i % 10_000, 2)))
                    .doOnRequest(n -> {
                        long total = requested.addAndGet(n) < 0 ? Long.MAX_VALUE : requested.get();
                        maxAhead.accumulateAndGet(total == Long.MAX_VALUE ? Long.MAX_VALUE : total - written.get(),
                                Math::max);
                    });
            long start = System.nanoTime();
            Quicksilver qs = Quicksilver.of(db);
            qs.bulkInsert(EntityModel.of(BulkEntities.BulkItem.class))
                    .chunkSize(chunkSize).maxInFlight(inFlight).mode(mode)
                    .writeWithProgress(input)
                    .doOnNext(progress -> written.set(progress.rows()))
                    .blockLast(Duration.ofMinutes(5));
            double seconds = (System.nanoTime() - start) / 1e9;
            long counted = db.sql("SELECT COUNT(*) FROM \"bulk_item\"").map(row -> row.get(0, Long.class))
                    .blockFirst(Duration.ofSeconds(60));
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println("rows=" + written.get() + " counted=" + counted + " peakHeapBytes=" + peak
                    + " maxHeapBytes=" + Runtime.getRuntime().maxMemory() + " maxAhead=" + maxAhead.get() + " rowsPerSecond=" + Math.round(written.get() / seconds));
        } finally {
            db.close().block(Duration.ofSeconds(30));
        }
    }
}
