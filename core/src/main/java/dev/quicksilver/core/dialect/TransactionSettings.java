package dev.quicksilver.core.dialect;

import io.r2dbc.spi.IsolationLevel;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The characteristics of a transaction a dialect must establish when it begins and undo when it
 * ends.
 *
 * @param isolationLevel the isolation level, or {@code null} for the database default
 * @param readOnly whether the transaction may not write
 * @param statementTimeout the timeout for each statement, or {@code null} for none
 */
public record TransactionSettings(@Nullable IsolationLevel isolationLevel, boolean readOnly,
                                  @Nullable Duration statementTimeout) {

    /** Settings that change nothing: database default isolation, read-write, no timeout. */
    public static final TransactionSettings DEFAULT = new TransactionSettings(null, false, null);
}
