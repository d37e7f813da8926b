package dev.quicksilver.core.kit;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;

/**
 * Streams a query's rows and prints how many there were and the peak heap used, as
 * {@code rows=<n> peakHeapBytes=<n> maxHeapBytes=<n>}. Run in a JVM of its own with a small heap by
 * {@link StreamingTestKit}.
 *
 * <p>Arguments: the R2DBC URL, the SQL, the fetch size.
 */
public final class StreamMillionRows {

    private StreamMillionRows() {
    }

    public static void main(String[] args) {
        String url = args[0];
        String sql = args[1];
        int fetchSize = Integer.parseInt(args[2]);
        Database db = Database.connect(url, DatabaseOptions.builder()
                .pool(PoolSettings.builder().initialSize(1).minIdle(1).maxSize(1).build())
                .slowStatementThreshold(null)
                .build());
        try {
            // Reads every column of every row, so the values are really decoded.
            Long rows = db.sql(sql).fetchSize(fetchSize)
                    .map(row -> row.get(0, Long.class) + row.get(1, String.class).length())
                    .count()
                    .block(Duration.ofMinutes(5));
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println("rows=" + rows + " peakHeapBytes=" + peak + " maxHeapBytes="
                    + Runtime.getRuntime().maxMemory());
        } finally {
            db.close().block(Duration.ofSeconds(30));
        }
    }
}
