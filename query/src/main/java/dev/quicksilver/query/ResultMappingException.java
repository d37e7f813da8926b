package dev.quicksilver.query;

import dev.quicksilver.core.exception.QuicksilverException;

/**
 * The rows of a statement do not fit the type they are mapped to: a column the entity or record needs
 * is missing from the result, or a value cannot be held by its property (NULL for a primitive). Raised
 * when the result's first row arrives, as an error in the stream; the message names the column and
 * what the result has. Fix the SQL (select or alias the column) or the type.
 *
 * <p>Immutable and thread-safe.
 */
public final class ResultMappingException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what did not fit and what to do
     */
    public ResultMappingException(String message) {
        super(message);
    }
}
