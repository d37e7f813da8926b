package dev.quicksilver.core.internal;

import dev.quicksilver.core.Transaction;
import dev.quicksilver.core.TransactionOptions;
import io.r2dbc.spi.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

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
    /** Guards {@link #inFlight}, {@link #ending} and {@link #drained}. Shared with nested savepoints. */
    private final Object statements;
    private int inFlight;
    private boolean ending;
    private Sinks.@Nullable Empty<Void> drained;
    private volatile boolean begun;
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile boolean unansweredCancel;

    private ActiveTransaction(Connection connection, TransactionOptions options, @Nullable ActiveTransaction outer,
                              @Nullable String savepoint, AtomicInteger savepointCounter) {
        this.statements = outer == null ? new Object() : outer.statements;
        this.connection = connection;
        this.options = options;
        this.outer = outer;
        this.savepoint = savepoint;
        this.savepointCounter = savepointCounter;
    }

    static ActiveTransaction root(Connection connection, TransactionOptions options) {
        return new ActiveTransaction(connection, options, null, null, new AtomicInteger());
    }

    /**
     * A root standing for a transaction managed outside Quicksilver on {@code connection}: already begun;
     * Quicksilver only opens savepoints under it, named from {@code savepointCounter}.
     */
    static ActiveTransaction external(Connection connection, TransactionOptions options,
                                      AtomicInteger savepointCounter) {
        ActiveTransaction transaction = new ActiveTransaction(connection, options, null, null, savepointCounter);
        transaction.begun = true;
        return transaction;
    }

    ActiveTransaction nested() {
        String name = "qs_savepoint_" + savepointCounter.incrementAndGet();
        return new ActiveTransaction(connection, options, this, name, savepointCounter);
    }

    Connection connection() {
        return connection;
    }

    /**
     * Registers a statement about to run on the transaction's connection.
     *
     * @return false when the transaction has begun to end (or ended): the statement must not run, since
     *     it could reach the connection after COMMIT or ROLLBACK and run outside the transaction
     */
    boolean enter() {
        ActiveTransaction root = root();
        synchronized (statements) {
            if (root.ending || isCompleted()) {
                return false;
            }
            root.inFlight++;
            return true;
        }
    }

    /**
     * A statement registered with {@link #enter()} finished, failed or was cancelled.
     *
     * @param cancelledBeforeAnswer whether it was cancelled before any result arrived: the driver may still send
     *     it, so the transaction can no longer be ended safely on this connection
     */
    void exit(boolean cancelledBeforeAnswer) {
        ActiveTransaction root = root();
        if (cancelledBeforeAnswer) {
            root.unansweredCancel = true;
        }
        Sinks.Empty<Void> toComplete = null;
        synchronized (statements) {
            root.inFlight--;
            if (root.inFlight == 0 && root.drained != null) {
                toComplete = root.drained;
                root.drained = null;
            }
        }
        if (toComplete != null) {
            toComplete.tryEmitEmpty();
        }
    }

    /**
     * Refuses further statements and completes when the statements in flight have finished, so that
     * COMMIT or ROLLBACK is the last thing the transaction sends.
     */
    Mono<Void> beginEnding() {
        ActiveTransaction root = root();
        synchronized (statements) {
            root.ending = true;
            if (root.inFlight == 0) {
                return Mono.empty();
            }
            if (root.drained == null) {
                root.drained = Sinks.empty();
            }
            return root.drained.asMono();
        }
    }

    /** Claims the connection's release (or discard): true for the first caller only. */
    boolean claimRelease() {
        return root().released.compareAndSet(false, true);
    }

    /** BEGIN and the dialect's settings went through. */
    void markBegun() {
        root().begun = true;
    }

    /**
     * Whether the connection's state is unknown: a statement was cancelled before it answered, or
     * BEGIN did not finish. Where the driver may still send such a statement, the connection must be
     * discarded rather than ended with COMMIT or ROLLBACK.
     */
    boolean isConnectionStateUnknown() {
        ActiveTransaction root = root();
        return root.unansweredCancel || !root.begun;
    }

    private ActiveTransaction root() {
        ActiveTransaction current = this;
        while (current.outer != null) {
            current = current.outer;
        }
        return current;
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
