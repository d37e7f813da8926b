package dev.quicksilver.core;

import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.observation.StatementListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Database} behaves beyond its connection: pooling, the dialect (chosen from the
 * connection's metadata unless set), statement listeners (metrics, tracing, the statement
 * recorder), the slow-statement threshold and the default fetch size.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}, change with {@link #mutate()}.
 */
public final class DatabaseOptions {

    private static final DatabaseOptions DEFAULTS = new Builder().build();

    private final String name;
    private final PoolSettings pool;
    private final @Nullable Dialect dialect;
    private final List<StatementListener> listeners;
    private final @Nullable Duration slowStatementThreshold;
    private final boolean parametersObserved;
    private final int defaultFetchSize;
    private final @Nullable ExternalTransactions externalTransactions;

    private DatabaseOptions(Builder builder) {
        this.name = builder.name;
        this.pool = builder.pool;
        this.dialect = builder.dialect;
        this.listeners = List.copyOf(builder.listeners);
        this.slowStatementThreshold = builder.slowStatementThreshold;
        this.parametersObserved = builder.parametersObserved;
        this.defaultFetchSize = builder.defaultFetchSize;
        this.externalTransactions = builder.externalTransactions;
    }

    /** The defaults: pooled, dialect from metadata, no listeners, slow statements logged past 1 s. */
    public static DatabaseOptions defaults() {
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

    /** The database's name in metrics and logs (default {@code "default"}). */
    public String name() {
        return name;
    }

    /** The pool settings. */
    public PoolSettings pool() {
        return pool;
    }

    /** The dialect set explicitly, or {@code null} to choose from the connection's metadata. */
    public @Nullable Dialect dialect() {
        return dialect;
    }

    /** The statement listeners, in the order they are called. */
    public List<StatementListener> listeners() {
        return listeners;
    }

    /** Statements running longer are logged at WARN; {@code null} turns the log off. */
    public @Nullable Duration slowStatementThreshold() {
        return slowStatementThreshold;
    }

    /** Whether listeners see bound values (off by default: values may be personal data or secrets). */
    public boolean parametersObserved() {
        return parametersObserved;
    }

    /** Rows fetched per round trip when a statement sets none; 0 leaves it to the driver. */
    public int defaultFetchSize() {
        return defaultFetchSize;
    }

    /** The hook that finds transactions managed outside Quicksilver, or {@code null} (the default) for none. */
    public @Nullable ExternalTransactions externalTransactions() {
        return externalTransactions;
    }

    @Override
    public String toString() {
        return "DatabaseOptions{name=" + name + ", pool=" + pool + ", dialect=" + dialect + ", listeners="
                + listeners.size() + ", slowStatementThreshold=" + slowStatementThreshold + ", parametersObserved="
                + parametersObserved + ", defaultFetchSize=" + defaultFetchSize
                + (externalTransactions == null ? "" : ", externalTransactions=" + externalTransactions) + '}';
    }

    /** Builds {@link DatabaseOptions}. Not thread-safe; use from one thread. */
    public static final class Builder {

        private String name = "default";
        private PoolSettings pool = PoolSettings.defaults();
        private @Nullable Dialect dialect;
        private final List<StatementListener> listeners = new ArrayList<>();
        private @Nullable Duration slowStatementThreshold = Duration.ofSeconds(1);
        private boolean parametersObserved;
        private int defaultFetchSize;
        private @Nullable ExternalTransactions externalTransactions;

        private Builder() {
        }

        private Builder(DatabaseOptions options) {
            this.name = options.name;
            this.pool = options.pool;
            this.dialect = options.dialect;
            this.listeners.addAll(options.listeners);
            this.slowStatementThreshold = options.slowStatementThreshold;
            this.parametersObserved = options.parametersObserved;
            this.defaultFetchSize = options.defaultFetchSize;
            this.externalTransactions = options.externalTransactions;
        }

        /** Names the database in metrics and logs. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Sets the pool settings. */
        public Builder pool(PoolSettings pool) {
            this.pool = Objects.requireNonNull(pool, "pool");
            return this;
        }

        /** Forces a dialect instead of choosing one from the connection's metadata. */
        public Builder dialect(@Nullable Dialect dialect) {
            this.dialect = dialect;
            return this;
        }

        /** Adds a statement listener (called after those added before). */
        public Builder listener(StatementListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Sets the slow-statement threshold; {@code null} turns the slow-statement log off. */
        public Builder slowStatementThreshold(@Nullable Duration threshold) {
            this.slowStatementThreshold = threshold;
            return this;
        }

        /** Lets listeners see bound values. */
        public Builder parametersObserved(boolean parametersObserved) {
            this.parametersObserved = parametersObserved;
            return this;
        }

        /** Sets the default fetch size (0 or more). */
        public Builder defaultFetchSize(int defaultFetchSize) {
            if (defaultFetchSize < 0) {
                throw new IllegalArgumentException("defaultFetchSize must be 0 or more, was " + defaultFetchSize);
            }
            this.defaultFetchSize = defaultFetchSize;
            return this;
        }

        /**
         * Joins transactions managed outside Quicksilver: statements run on the connection the hook
         * returns, and {@code inTransaction} opens a savepoint there; {@code null} turns it off.
         */
        public Builder externalTransactions(@Nullable ExternalTransactions externalTransactions) {
            this.externalTransactions = externalTransactions;
            return this;
        }

        /** Builds the options. */
        public DatabaseOptions build() {
            return new DatabaseOptions(this);
        }
    }
}
