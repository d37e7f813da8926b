package dev.quicksilver.benchmarks.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.PoolSettings;
import dev.quicksilver.core.observation.StatementListener;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.convert.MappingR2dbcConverter;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.r2dbc.dialect.DialectResolver;
import org.springframework.data.r2dbc.dialect.R2dbcDialect;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.data.r2dbc.repository.support.R2dbcRepositoryFactory;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Quicksilver and its baselines on one database, each with a pool of the same size ({@link #POOL_SIZE}
 * unless given): Quicksilver's own {@link Database} at its defaults, an r2dbc-pool over the driver with
 * the trial's {@link DriverSettings} (shared by raw R2DBC and Spring Data, as a Spring application
 * shares its pool), and HikariCP for JDBC. Each is opened on first use; the measured peer's pool starts
 * full (warm), the others with one connection. Not thread-safe to open; the opened pools are.
 */
public final class Peers implements AutoCloseable {

    /** Connections per pool: 32, see the README for why not 64 on two cores. */
    public static final int POOL_SIZE = 32;

    private final DriverSettings settings;
    private final Peer measured;
    private final int poolSize;
    private final List<StatementListener> listeners;
    private @Nullable String schema;
    private @Nullable Database quicksilver;
    private @Nullable ConnectionPool r2dbc;
    private @Nullable R2dbcEntityTemplate springData;
    private @Nullable HikariDataSource jdbc;

    /**
     * Peers of a trial.
     *
     * @param settings the database and the baselines' driver settings
     * @param measured the peer the trial measures
     * @param poolSize connections in each pool
     * @param listeners statement listeners added to Quicksilver's database (e.g. a recorder)
     */
    public Peers(DriverSettings settings, Peer measured, int poolSize, StatementListener... listeners) {
        this.settings = settings;
        this.measured = measured;
        this.poolSize = poolSize;
        this.listeners = List.of(listeners);
    }

    /**
     * Puts every peer's connections in a schema of their own on PostgreSQL (its {@code search_path}), for
     * tables created without a schema; nothing on H2, whose in-memory database is the benchmark's own.
     *
     * @param name the schema
     * @return these peers
     */
    public Peers inSchema(String name) {
        this.schema = name;
        return this;
    }

    private ConnectionFactoryOptions withSchema(ConnectionFactoryOptions options) {
        return schema == null || !settings.postgres() ? options
                : options.mutate().option(Option.valueOf("schema"), schema).build();
    }

    /** @return the trial's database and driver settings */
    public DriverSettings settings() {
        return settings;
    }

    private int initialSize(Peer peer) {
        return peer == measured ? poolSize : 1;
    }

    /** @return Quicksilver's database at its defaults, with a pool of the common size */
    public Database quicksilver() {
        if (quicksilver == null) {
            PoolSettings pool = PoolSettings.builder().initialSize(initialSize(Peer.QUICKSILVER))
                    .minIdle(initialSize(Peer.QUICKSILVER)).maxSize(poolSize).acquireTimeout(Duration.ofSeconds(30))
                    .build();
            DatabaseOptions.Builder options = DatabaseOptions.builder().name("bench").pool(pool);
            listeners.forEach(options::listener);
            quicksilver = Database.connect(withSchema(ConnectionFactoryOptions.parse(settings.quicksilverUrl())),
                    options.build());
        }
        return quicksilver;
    }

    /** @return the baselines' r2dbc-pool over the driver at the trial's settings */
    public ConnectionFactory r2dbc() {
        if (r2dbc == null) {
            int initial = Math.max(initialSize(Peer.RAW), initialSize(Peer.SPRING_DATA));
            r2dbc = new ConnectionPool(ConnectionPoolConfiguration.builder(ConnectionFactories.get(withSchema(settings.r2dbcOptions())))
                    .initialSize(initial).minIdle(initial).maxSize(poolSize).maxAcquireTime(Duration.ofSeconds(30))
                    .build());
            r2dbc.warmup().block();
        }
        return r2dbc;
    }

    /**
     * Spring Data R2DBC's template on {@link #r2dbc()}, quoting identifiers (the tables are created with
     * quoted lower-case names, which H2 would otherwise not find).
     *
     * @return the template
     */
    public R2dbcEntityTemplate springData() {
        if (springData == null) {
            ConnectionFactory pool = r2dbc();
            R2dbcDialect dialect = DialectResolver.getDialect(pool);
            R2dbcCustomConversions conversions = R2dbcCustomConversions.of(dialect);
            R2dbcMappingContext mappingContext = new R2dbcMappingContext();
            mappingContext.setForceQuote(true);
            mappingContext.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
            DatabaseClient client = DatabaseClient.builder().connectionFactory(pool)
                    .bindMarkers(dialect.getBindMarkersFactory()).build();
            springData = new R2dbcEntityTemplate(client, dialect,
                    new MappingR2dbcConverter(mappingContext, conversions));
        }
        return springData;
    }

    /**
     * A Spring Data repository on {@link #springData()}.
     *
     * @param type the repository interface
     * @param <R> its type
     * @return the repository
     */
    public <R> R springRepository(Class<R> type) {
        return new R2dbcRepositoryFactory(springData()).getRepository(type);
    }

    /** @return HikariCP over JDBC at the trial's settings, the common size, connections set to auto-commit */
    public DataSource jdbc() {
        if (jdbc == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(settings.jdbcUrl() + (schema == null || !settings.postgres() ? "" : "&currentSchema=" + schema));
            config.setMaximumPoolSize(poolSize);
            config.setMinimumIdle(initialSize(Peer.JDBC));
            config.setConnectionTimeout(30_000);
            jdbc = new HikariDataSource(config);
        }
        return jdbc;
    }

    /** Closes every pool opened. */
    @Override
    public void close() {
        List<Runnable> closers = new ArrayList<>();
        if (quicksilver != null) {
            Database database = quicksilver;
            closers.add(() -> database.close().block());
        }
        if (r2dbc != null) {
            ConnectionPool pool = r2dbc;
            closers.add(() -> pool.disposeLater().block());
        }
        if (jdbc != null) {
            closers.add(jdbc::close);
        }
        closers.forEach(Runnable::run);
        quicksilver = null;
        r2dbc = null;
        springData = null;
        jdbc = null;
    }
}
