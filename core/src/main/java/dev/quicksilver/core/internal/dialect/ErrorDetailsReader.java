package dev.quicksilver.core.internal.dialect;

import io.r2dbc.spi.R2dbcException;

/** Reads the constraint, table and column a database error names, in the way one database reports them. */
@FunctionalInterface
interface ErrorDetailsReader {

    /**
     * Reads what the error names.
     *
     * @param error the driver's exception
     * @param kind what kind of error it was classified as
     * @return the names found (each possibly {@code null})
     */
    ErrorTarget read(R2dbcException error, ErrorKind kind);

    /**
     * The database's message as Quicksilver repeats it: without row values or other data the
     * database quotes, which could be personal data or secrets. The driver's exception, kept as the
     * cause, still has the full text.
     *
     * @param message the driver's message
     * @return the message to show
     */
    default String safeMessage(String message) {
        return message;
    }
}
