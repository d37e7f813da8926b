package dev.quicksilver.core.observation;

/** How a statement's execution ended. */
public enum StatementOutcome {
    /** All results were read. */
    SUCCESS,
    /** The database or the driver signalled an error. */
    ERROR,
    /** The subscriber cancelled before all results were read (e.g. {@code take(10)}). */
    CANCELLED
}
