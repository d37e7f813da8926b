package dev.quicksilver.core;

import dev.quicksilver.core.internal.ReplicaRouting;
import java.util.Objects;
import reactor.util.context.Context;

/**
 * A primary database with a read replica: read-only transactions
 * ({@code TransactionOptions.builder().readOnly(true)}) run on the replica, and so does every statement
 * of a pipeline that asks for it with {@link #readOnly()}; everything else runs on the primary. A
 * statement inside a transaction always runs on that transaction's connection, so a read-only
 * transaction nested in a read-write one stays on the primary.
 *
 * <pre>{@code
 * Database db = ReadReplicas.database(Database.connect(primaryUrl), Database.connect(replicaUrl));
 * db.inTransaction(TransactionOptions.builder().readOnly(true).build(), tx -> report());   // on the replica
 * reportRows().contextWrite(ReadReplicas.readOnly());                                    // on the replica too
 * }</pre>
 *
 * <p>A replica lags its primary: read what you just wrote on the primary, not through the replica.
 * Transactions managed outside Quicksilver (Spring's, through {@link ExternalTransactions}) use the
 * connection their manager opened, on whatever factory it was given.
 */
public final class ReadReplicas {

    private ReadReplicas() {
    }

    /**
     * A context that sends the pipeline's statements outside transactions (and the transactions it
     * starts) to the replica, for {@code contextWrite}.
     *
     * @return the context
     */
    public static Context readOnly() {
        return Context.of(ReplicaRouting.READ_ONLY_KEY, Boolean.TRUE);
    }

    /**
     * A database that routes read-only work to the replica and the rest to the primary. Each keeps its own
     * pool; the routed database adds none, and closing it closes nothing (close the two databases). Both
     * must have the same dialect.
     *
     * @param primary the database that takes writes
     * @param replica the database that serves read-only work
     * @return the routed database, with the primary's options
     * @throws IllegalArgumentException when the dialects differ
     */
    public static Database database(Database primary, Database replica) {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(replica, "replica");
        if (!primary.dialect().name().equals(replica.dialect().name())) {
            throw new IllegalArgumentException("The replica is on " + replica.dialect().name() + ", the primary on "
                    + primary.dialect().name() + ": a replica must run the primary's database.");
        }
        return Database.from(ReplicaRouting.connectionFactory(primary, replica), primary.options().mutate()
                .name(primary.options().name() + "-with-replica")
                .pool(PoolSettings.builder().enabled(false).build())
                .dialect(primary.dialect()).build());
    }
}
