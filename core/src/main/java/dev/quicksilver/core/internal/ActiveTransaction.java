package dev.quicksilver.core.internal;

import dev.quicksilver.core.Transaction;
import dev.quicksilver.core.TransactionOptions;
import io.r2dbc.spi.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A transaction (or a savepoint inside one) in progress: the connection it owns and its state. Kept
 * in the Reactor Context under the owning database's key.
 */
final class ActiveTransaction implements Transaction {

    private final Connection connection;
    private final TransactionOptions options;
    private final @Nullable ActiveTransaction outer;
    private final @Nullable String savepoint;
    private final AtomicInteger savepointCounter;
    private volatile boolean rollbackOnly;
    private volatile boolean completed;

    private ActiveTransaction(Connection connection, TransactionOptions options, @Nullable ActiveTransaction outer,
                              @Nullable String savepoint, AtomicInteger savepointCounter) {
        this.connection = connection;
        this.options = options;
        this.outer = outer;
        this.savepoint = savepoint;
        this.savepointCounter = savepointCounter;
    }

    static ActiveTransaction root(Connection connection, TransactionOptions options) {
        return new ActiveTransaction(connection, options, null, null, new AtomicInteger());
    }

    ActiveTransaction nested() {
        String name = "qs_savepoint_" + savepointCounter.incrementAndGet();
        return new ActiveTransaction(connection, options, this, name, savepointCounter);
    }

    Connection connection() {
        return connection;
    }

    @Nullable String savepoint() {
        return savepoint;
    }

    boolean isCompleted() {
        return completed || (outer != null && outer.isCompleted());
    }

    void markCompleted() {
        this.completed = true;
    }

    @Override
    public boolean isNested() {
        return outer != null;
    }

    @Override
    public TransactionOptions options() {
        return options;
    }

    @Override
    public void setRollbackOnly() {
        this.rollbackOnly = true;
    }

    @Override
    public boolean isRollbackOnly() {
        return rollbackOnly;
    }

    @Override
    public String toString() {
        return "Transaction{" + (savepoint == null ? "root" : "savepoint " + savepoint) + ", " + options
                + ", rollbackOnly=" + rollbackOnly + ", completed=" + completed + '}';
    }
}
