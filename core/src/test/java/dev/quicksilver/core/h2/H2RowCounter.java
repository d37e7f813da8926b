package dev.quicksilver.core.h2;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Java functions H2 calls as SQL aliases: a counter per database that a query advances once per row
 * it computes. A sequence cannot serve on H2: {@code NEXT VALUE FOR} makes a query not read-only,
 * and H2 then computes the whole result eagerly even with lazy query execution on.
 */
public final class H2RowCounter {

    private static final Map<String, AtomicLong> COUNTERS = new ConcurrentHashMap<>();

    private H2RowCounter() {
    }

    /** Advances the database's counter; {@code row} is the generated row, so H2 calls this once per row. */
    public static long next(String database, long row) {
        return COUNTERS.computeIfAbsent(database, name -> new AtomicLong()).incrementAndGet();
    }

    /** How far the database's counter got. */
    public static long value(String database) {
        AtomicLong counter = COUNTERS.get(database);
        return counter == null ? 0 : counter.get();
    }
}
