package dev.quicksilver.spring.boot;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;

/**
 * The read replica's database ({@code quicksilver.replica.url}), pooled by Quicksilver and closed with the
 * context; the auto-configured {@code Database} routes read-only work to it. Also closes a primary
 * database whose pool Quicksilver made, since the routed database closes nothing of its own.
 */
final class QuicksilverReplica implements DisposableBean {

    private final Database database;
    private final List<Database> alsoClosed = new ArrayList<>();

    QuicksilverReplica(QuicksilverProperties.ReplicaProperties properties, DatabaseOptions primaryOptions) {
        String url = properties.getUrl();
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("quicksilver.replica.url is not set");
        }
        this.database = Database.connect(url, primaryOptions.mutate()
                .name(primaryOptions.name() + "-replica")
                .externalTransactions(null)
                .pool(PoolSettings.builder().maxSize(properties.getMaxPoolSize())
                        .acquireTimeout(properties.getAcquireTimeout()).build())
                .build());
    }

    Database database() {
        return database;
    }

    /** Closes the primary too when the context closes (a pool Quicksilver made for it). */
    synchronized void closeWith(Database primary) {
        alsoClosed.add(primary);
    }

    @Override
    public synchronized void destroy() {
        database.close().block();
        for (Database primary : alsoClosed) {
            primary.close().block();
        }
    }
}
