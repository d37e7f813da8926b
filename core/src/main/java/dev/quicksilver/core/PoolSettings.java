package dev.quicksilver.core;

import io.r2dbc.spi.ValidationDepth;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Database} pools its connections (through r2dbc-pool). The defaults suit a service:
 * up to 10 connections, one kept open, a 30 s acquire timeout, idle connections closed after 30
 * minutes and every connection replaced after an hour, validated locally before use.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}, change with {@link #mutate()}.
 */
public final class PoolSettings {

    private static final PoolSettings DEFAULTS = new Builder().build();

    private final boolean enabled;
    private final int initialSize;
    private final int minIdle;
    private final int maxSize;
    private final Duration acquireTimeout;
    private final Duration maxIdleTime;
    private final Duration maxLifeTime;
    private final ValidationDepth validationDepth;
    private final @Nullable String validationQuery;

    private PoolSettings(Builder builder) {
        this.enabled = builder.enabled;
        this.initialSize = builder.initialSize;
        this.minIdle = builder.minIdle;
        this.maxSize = builder.maxSize;
        this.acquireTimeout = builder.acquireTimeout;
        this.maxIdleTime = builder.maxIdleTime;
        this.maxLifeTime = builder.maxLifeTime;
        this.validationDepth = builder.validationDepth;
        this.validationQuery = builder.validationQuery;
    }

    /** The defaults described above. */
    public static PoolSettings defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder mutate() {
        return new Builder(this);
    }

    /** Whether Quicksilver pools the connection factory (false: one new connection per use). */
    public boolean enabled() {
        return enabled;
    }

    /** Connections opened when the pool starts. */
    public int initialSize() {
        return initialSize;
    }

    /** Idle connections the pool keeps open (an in-memory H2 database lives as long as one is open). */
    public int minIdle() {
        return minIdle;
    }

    /** The most connections open at once. */
    public int maxSize() {
        return maxSize;
    }

    /** How long an acquire waits before it fails with {@code PoolExhaustedException}. */
    public Duration acquireTimeout() {
        return acquireTimeout;
    }

    /** How long a connection may stay idle before the pool closes it. */
    public Duration maxIdleTime() {
        return maxIdleTime;
    }

    /** How long a connection lives before the pool replaces it. */
    public Duration maxLifeTime() {
        return maxLifeTime;
    }

    /** How a connection is checked before it is handed out. */
    public ValidationDepth validationDepth() {
        return validationDepth;
    }

    /** A statement run to validate connections instead of the driver's check, or {@code null}. */
    public @Nullable String validationQuery() {
        return validationQuery;
    }

    @Override
    public String toString() {
        return "PoolSettings{enabled=" + enabled + ", initialSize=" + initialSize + ", minIdle=" + minIdle
                + ", maxSize=" + maxSize + ", acquireTimeout=" + acquireTimeout + ", maxIdleTime=" + maxIdleTime
                + ", maxLifeTime=" + maxLifeTime + ", validationDepth=" + validationDepth
                + ", validationQuery=" + validationQuery + '}';
    }

    /** Builds {@link PoolSettings}. Not thread-safe; use from one thread. */
    public static final class Builder {

        private boolean enabled = true;
        private int initialSize = 1;
        private int minIdle = 1;
        private int maxSize = 10;
        private Duration acquireTimeout = Duration.ofSeconds(30);
        private Duration maxIdleTime = Duration.ofMinutes(30);
        private Duration maxLifeTime = Duration.ofHours(1);
        private ValidationDepth validationDepth = ValidationDepth.LOCAL;
        private @Nullable String validationQuery;

        private Builder() {
        }

        private Builder(PoolSettings settings) {
            this.enabled = settings.enabled;
            this.initialSize = settings.initialSize;
            this.minIdle = settings.minIdle;
            this.maxSize = settings.maxSize;
            this.acquireTimeout = settings.acquireTimeout;
            this.maxIdleTime = settings.maxIdleTime;
            this.maxLifeTime = settings.maxLifeTime;
            this.validationDepth = settings.validationDepth;
            this.validationQuery = settings.validationQuery;
        }

        /** Turns pooling on or off. */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** Connections opened at start (0 or more, at most {@code maxSize}). */
        public Builder initialSize(int initialSize) {
            this.initialSize = initialSize;
            return this;
        }

        /** Idle connections kept open (0 or more, at most {@code maxSize}). */
        public Builder minIdle(int minIdle) {
            this.minIdle = minIdle;
            return this;
        }

        /** The most connections open at once (1 or more). */
        public Builder maxSize(int maxSize) {
            this.maxSize = maxSize;
            return this;
        }

        /** How long an acquire waits (positive). */
        public Builder acquireTimeout(Duration acquireTimeout) {
            this.acquireTimeout = Objects.requireNonNull(acquireTimeout, "acquireTimeout");
            return this;
        }

        /** How long a connection may stay idle (positive). */
        public Builder maxIdleTime(Duration maxIdleTime) {
            this.maxIdleTime = Objects.requireNonNull(maxIdleTime, "maxIdleTime");
            return this;
        }

        /** How long a connection lives (positive). */
        public Builder maxLifeTime(Duration maxLifeTime) {
            this.maxLifeTime = Objects.requireNonNull(maxLifeTime, "maxLifeTime");
            return this;
        }

        /** How connections are validated before use. */
        public Builder validationDepth(ValidationDepth validationDepth) {
            this.validationDepth = Objects.requireNonNull(validationDepth, "validationDepth");
            return this;
        }

        /** A statement that validates a connection, or {@code null} for the driver's own check. */
        public Builder validationQuery(@Nullable String validationQuery) {
            this.validationQuery = validationQuery;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @throws IllegalArgumentException when a size or duration is out of range, naming which
         */
        public PoolSettings build() {
            check(maxSize >= 1, "maxSize must be at least 1, was " + maxSize);
            check(initialSize >= 0 && initialSize <= maxSize, "initialSize must be between 0 and maxSize ("
                    + maxSize + "), was " + initialSize);
            check(minIdle >= 0 && minIdle <= maxSize, "minIdle must be between 0 and maxSize (" + maxSize
                    + "), was " + minIdle);
            check(!acquireTimeout.isNegative() && !acquireTimeout.isZero(), "acquireTimeout must be positive");
            check(!maxIdleTime.isNegative() && !maxIdleTime.isZero(), "maxIdleTime must be positive");
            check(!maxLifeTime.isNegative() && !maxLifeTime.isZero(), "maxLifeTime must be positive");
            return new PoolSettings(this);
        }

        private static void check(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException("Invalid pool settings: " + message);
            }
        }
    }
}
