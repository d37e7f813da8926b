package dev.quicksilver.migrations.autogenerate;

import dev.quicksilver.core.exception.QuicksilverException;

/**
 * Autogenerate could not do what was asked: the database's kind has no catalog queries, a migration
 * file of that version exists already, a description cannot be a file name, a file could not be
 * written. Delivered as an error in the stream; the message says what to do.
 */
public final class AutogenerateException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what failed and what to do
     */
    public AutogenerateException(String message) {
        super(message);
    }

    /**
     * An exception with a message and its cause.
     *
     * @param message what failed and what to do
     * @param cause what went wrong underneath, e.g. an I/O error
     */
    public AutogenerateException(String message, Throwable cause) {
        super(message, null, null, cause);
    }
}
