package dev.quicksilver.core.internal.dialect;

import io.r2dbc.spi.R2dbcException;

/**
 * Refines the kind an error's SQLSTATE gave, for databases that report two kinds of error under one
 * SQLSTATE and tell them apart only in the message or the cause chain. Runs once per failed
 * statement, never per row.
 */
@FunctionalInterface
interface ErrorKindRefiner {

    /** Keeps the kind the SQLSTATE gave. */
    ErrorKindRefiner NONE = (error, kind) -> kind;

    /**
     * Refines a classification.
     *
     * @param error the driver's exception
     * @param kind the kind found from the SQLSTATE or the exception type
     * @return the kind to report
     */
    ErrorKind refine(R2dbcException error, ErrorKind kind);
}
