package dev.quicksilver.core.internal.dialect;

import io.r2dbc.spi.R2dbcException;

/**
 * Tells H2's two kinds of SQLSTATE 40001 apart. H2 2.x reports both a lock cycle and a write conflict
 * under snapshot isolation (REPEATABLE READ and SERIALIZABLE) with its DEADLOCK_1 code, as
 * {@code Deadlock detected. The current transaction was rolled back. Details: "TABLE"}. Only a real
 * cycle describes itself: for row locks the cause chain holds MVStore's
 * {@code Transaction n has been chosen as a deadlock victim}, for table locks the message lists which
 * session {@code is waiting to lock} what. Any other 40001 is a serialization failure.
 */
final class H2ErrorKindRefiner implements ErrorKindRefiner {

    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String ROW_LOCK_CYCLE = "chosen as a deadlock victim";
    private static final String TABLE_LOCK_CYCLE = " is waiting to lock ";
    /** How far down the cause chain to look: driver exception, JDBC exception, MVStore exception. */
    private static final int MAX_DEPTH = 8;

    @Override
    public ErrorKind refine(R2dbcException error, ErrorKind kind) {
        if (!SERIALIZATION_FAILURE.equals(error.getSqlState())) {
            return kind;
        }
        Throwable current = error;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            String message = current.getMessage();
            if (message != null && (message.contains(ROW_LOCK_CYCLE) || message.contains(TABLE_LOCK_CYCLE))) {
                return ErrorKind.DEADLOCK;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return ErrorKind.SERIALIZATION;
    }
}
