package dev.quicksilver.core.micrometer;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.PoolStats;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToIntFunction;

/**
 * Registers a database's pool state as gauges: {@code quicksilver.pool.acquired}, {@code .idle},
 * {@code .pending}, {@code .allocated} and {@code .max}, tagged {@code database=<name>}. The gauges
 * read the pool when scraped; a database without a Quicksilver pool registers nothing.
 *
 * <pre>{@code
 * PoolMeterBinder.of(db).bindTo(meterRegistry);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class PoolMeterBinder implements MeterBinder {

    private final Database database;

    private PoolMeterBinder(Database database) {
        this.database = database;
    }

    /**
     * A binder for one database's pool.
     *
     * @param database the database
     * @return the binder
     */
    public static PoolMeterBinder of(Database database) {
        return new PoolMeterBinder(database);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (database.poolStats().isEmpty()) {
            return;
        }
        gauge(registry, "acquired", "Connections in use", PoolStats::acquired);
        gauge(registry, "idle", "Connections open and idle", PoolStats::idle);
        gauge(registry, "pending", "Acquires waiting for a connection", PoolStats::pending);
        gauge(registry, "allocated", "Connections open in all", PoolStats::allocated);
        gauge(registry, "max", "The pool's maximum size", PoolStats::max);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToIntFunction<PoolStats> value) {
        Gauge.builder("quicksilver.pool." + name, database,
                        db -> db.poolStats().map(value::applyAsInt).orElse(0).doubleValue())
                .description(description)
                .tag("database", database.options().name())
                .strongReference(true)
                .register(registry);
    }
}
