package dev.quicksilver.benchmarks.support;

import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;

/**
 * The database a trial runs against and the driver settings its baselines use: PostgreSQL with each
 * driver at its defaults, PostgreSQL with each driver at the best settings measured, or embedded H2
 * (where there are no settings to tune). Quicksilver always runs at its own defaults, whatever this says.
 * Immutable.
 */
public enum DriverSettings {

    /** PostgreSQL, r2dbc-postgresql and pgjdbc as they come. */
    POSTGRESQL("postgresql", "", ""),
    /**
     * PostgreSQL with the fastest settings found for reads: r2dbc-postgresql's {@code forceBinary}
     * (binary result format), pgjdbc's {@code prepareThreshold=1} (server-prepared from the first use).
     */
    POSTGRESQL_BEST("postgresql-best", "forceBinary=true", "&prepareThreshold=1"),
    /** Embedded H2 in memory, in the benchmark's own JVM: pure client CPU. */
    H2("h2", "", "");

    /** The PostgreSQL database used unless {@link #postgresUrl()} finds another. */
    public static final String POSTGRES_URL = "r2dbc:postgresql://postgres@127.0.0.1:5432/test";
    /** The JDBC form of {@link #POSTGRES_URL}, unless {@link #postgresJdbcUrl()} finds another. */
    public static final String POSTGRES_JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String H2_URL = "r2dbc:h2:mem:///quicksilver_bench;DB_CLOSE_DELAY=-1";
    private static final String H2_JDBC_URL = "jdbc:h2:mem:quicksilver_bench;DB_CLOSE_DELAY=-1";

    private final String parameter;
    private final String r2dbcSettings;
    private final String jdbcSettings;

    DriverSettings(String parameter, String r2dbcSettings, String jdbcSettings) {
        this.parameter = parameter;
        this.r2dbcSettings = r2dbcSettings;
        this.jdbcSettings = jdbcSettings;
    }

    /**
     * The settings a JMH {@code @Param} names.
     *
     * @param parameter {@code postgresql}, {@code postgresql-best} or {@code h2}
     * @return the settings
     */
    public static DriverSettings of(String parameter) {
        for (DriverSettings settings : values()) {
            if (settings.parameter.equals(parameter)) {
                return settings;
            }
        }
        throw new IllegalArgumentException("Unknown database '" + parameter + "'; use postgresql, postgresql-best or h2");
    }

    /**
     * @return the PostgreSQL R2DBC URL: the system property {@code quicksilver.bench.postgres}, else the environment
     *         variable {@code QUICKSILVER_BENCH_POSTGRES} (which JMH's forks inherit), else {@link #POSTGRES_URL}
     */
    public static String postgresUrl() {
        return configured("quicksilver.bench.postgres", "QUICKSILVER_BENCH_POSTGRES", POSTGRES_URL);
    }

    /**
     * @return the PostgreSQL JDBC URL: {@code quicksilver.bench.jdbc}, else {@code QUICKSILVER_BENCH_JDBC}, else
     *         {@link #POSTGRES_JDBC_URL}; it must carry a query string ({@code ?user=…})
     */
    public static String postgresJdbcUrl() {
        return configured("quicksilver.bench.jdbc", "QUICKSILVER_BENCH_JDBC", POSTGRES_JDBC_URL);
    }

    private static String configured(String property, String variable, String fallback) {
        String value = System.getProperty(property, System.getenv(variable));
        return value == null || value.isBlank() ? fallback : value;
    }

    /** @return the name used as the JMH parameter and in the report */
    public String parameter() {
        return parameter;
    }

    /** @return true on PostgreSQL */
    public boolean postgres() {
        return this != H2;
    }

    /** @return the URL Quicksilver connects with: the database, no driver settings (Quicksilver's defaults) */
    public String quicksilverUrl() {
        return postgres() ? postgresUrl() : H2_URL;
    }

    /** @return the driver options of the raw R2DBC and Spring Data baselines */
    public ConnectionFactoryOptions r2dbcOptions() {
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(quicksilverUrl()).mutate();
        for (String setting : r2dbcSettings.split("&")) {
            if (!setting.isEmpty()) {
                String[] nameAndValue = setting.split("=", 2);
                options.option(Option.valueOf(nameAndValue[0]), nameAndValue[1]);
            }
        }
        return options.build();
    }

    /** @return the JDBC URL of the JDBC baseline */
    public String jdbcUrl() {
        return postgres() ? postgresJdbcUrl() + jdbcSettings : H2_JDBC_URL;
    }

    /** @return the settings in words, for the report */
    public String describe() {
        return switch (this) {
            case POSTGRESQL -> "PostgreSQL, drivers at their defaults";
            case POSTGRESQL_BEST -> "PostgreSQL, r2dbc-postgresql " + r2dbcSettings + ", pgjdbc " + jdbcSettings.substring(1);
            case H2 -> "H2 in memory";
        };
    }
}
