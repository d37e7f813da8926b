package dev.quicksilver.core;

import dev.quicksilver.core.dialect.TransactionSettings;
import io.r2dbc.spi.IsolationLevel;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a transaction runs: isolation level, read-only, statement timeout, and what happens when one
 * is already active ({@link Propagation}).
 *
 * <p>On H2, read-only is a hint (H2 cannot make one transaction read-only); isolation and timeout
 * are honoured on both built-in dialects. Options of a nested transaction other than propagation are
 * those of the outer one. Immutable and thread-safe.
 */
public final class TransactionOptions {

    private static final TransactionOptions DEFAULTS = new Builder().build();

    private final @Nullable IsolationLevel isolationLevel;
    private final boolean readOnly;
    private final @Nullable Duration statementTimeout;
    private final Propagation propagation;

    private TransactionOptions(Builder builder) {
        this.isolationLevel = builder.isolationLevel;
        this.readOnly = builder.readOnly;
        this.statementTimeout = builder.statementTimeout;
        this.propagation = builder.propagation;
    }

    /** Database default isolation, read-write, no timeout, nested when already in a transaction. */
    public static TransactionOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder mutate() {
        return new Builder(this);
    }

    /** The isolation level, or {@code null} for the database default. */
    public @Nullable IsolationLevel isolationLevel() {
        return isolationLevel;
    }

    /** Whether the transaction is read-only. */
    public boolean readOnly() {
        return readOnly;
    }

    /** The per-statement timeout, or {@code null} for none. */
    public @Nullable Duration statementTimeout() {
        return statementTimeout;
    }

    /** What happens when a transaction is already active in the subscriber's context. */
    public Propagation propagation() {
        return propagation;
    }

    /** These options as the dialect needs them. */
    public TransactionSettings settings() {
        return new TransactionSettings(isolationLevel, readOnly, statementTimeout);
    }

    @Override
    public String toString() {
        return "TransactionOptions{isolationLevel=" + (isolationLevel == null ? "default" : isolationLevel.asSql())
                + ", readOnly=" + readOnly + ", statementTimeout=" + statementTimeout + ", propagation="
                + propagation + '}';
    }

    /** What {@code inTransaction} does when a transaction is already active. */
    public enum Propagation {
        /** Join it through a savepoint: this part rolls back alone on error; the outer one decides the commit. */
        NESTED,
        /** Run in a new, independent transaction on another connection, committed on its own. */
        REQUIRES_NEW
    }

    /** Builds {@link TransactionOptions}. Not thread-safe; use from one thread. */
    public static final class Builder {

        private @Nullable IsolationLevel isolationLevel;
        private boolean readOnly;
        private @Nullable Duration statementTimeout;
        private Propagation propagation = Propagation.NESTED;

        private Builder() {
        }

        private Builder(TransactionOptions options) {
            this.isolationLevel = options.isolationLevel;
            this.readOnly = options.readOnly;
            this.statementTimeout = options.statementTimeout;
            this.propagation = options.propagation;
        }

        /** Sets the isolation level ({@code null}: database default). */
        public Builder isolationLevel(@Nullable IsolationLevel isolationLevel) {
            this.isolationLevel = isolationLevel;
            return this;
        }

        /** Makes the transaction read-only. */
        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        /** Sets a per-statement timeout (positive), or {@code null} for none. */
        public Builder statementTimeout(@Nullable Duration statementTimeout) {
            if (statementTimeout != null && (statementTimeout.isNegative() || statementTimeout.isZero())) {
                throw new IllegalArgumentException("statementTimeout must be positive, was " + statementTimeout);
            }
            this.statementTimeout = statementTimeout;
            return this;
        }

        /** Sets the propagation. */
        public Builder propagation(Propagation propagation) {
            this.propagation = Objects.requireNonNull(propagation, "propagation");
            return this;
        }

        /** Builds the options. */
        public TransactionOptions build() {
            return new TransactionOptions(this);
        }
    }
}
