package dev.quicksilver.migrations;

import dev.quicksilver.core.exception.QuicksilverException;
import org.jspecify.annotations.Nullable;

/**
 * The root of the migration runner's errors; each subclass names the file concerned and says what
 * to do next. Signalled as a value in the stream ({@code Mono.error}), never thrown at the caller.
 *
 * <p>Immutable and thread-safe.
 */
public class MigrationException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what happened and what to do
     * @param cause the underlying failure, if any
     */
    public MigrationException(String message, @Nullable Throwable cause) {
        super(message, cause instanceof QuicksilverException translated ? translated.sqlState() : null,
                cause instanceof QuicksilverException translated ? translated.sql() : null, cause);
    }

    /**
     * Creates an exception with no underlying failure.
     *
     * @param message what happened and what to do
     */
    public MigrationException(String message) {
        this(message, null);
    }
}
