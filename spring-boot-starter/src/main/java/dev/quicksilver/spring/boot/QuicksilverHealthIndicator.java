package dev.quicksilver.spring.boot;

import dev.quicksilver.core.Database;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import reactor.core.publisher.Mono;

/**
 * Reports a Quicksilver {@link Database} UP when it answers {@code SELECT 1}, with its name and
 * dialect, and DOWN with the error otherwise. Reactive: the check never blocks. Thread-safe.
 */
public final class QuicksilverHealthIndicator extends AbstractReactiveHealthIndicator {

    private final Database database;

    /**
     * A health indicator of one database.
     *
     * @param database the database
     */
    public QuicksilverHealthIndicator(Database database) {
        super("Quicksilver database health check failed");
        this.database = database;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return database.sql("SELECT 1").map(row -> 1).then(Mono.fromSupplier(() -> builder.up()
                .withDetail("database", database.options().name())
                .withDetail("dialect", database.dialect().name())
                .build()));
    }
}
