package dev.quicksilver.core;

/**
 * The transaction a piece of work runs in, handed to the function given to
 * {@link Database#inTransaction(java.util.function.Function)}. It commits when that work completes,
 * rolls back when it errors or is cancelled, or when {@link #setRollbackOnly()} was called.
 *
 * <p>Thread-safe. It belongs to the Reactor Context of the work's subscription, not to a thread.
 */
public interface Transaction {

    /** Whether this is a savepoint inside an outer transaction. */
    boolean isNested();

    /** The options the transaction was begun with. */
    TransactionOptions options();

    /** Makes the transaction (or, when nested, its savepoint) roll back instead of committing. */
    void setRollbackOnly();

    /** Whether {@link #setRollbackOnly()} was called. */
    boolean isRollbackOnly();
}
