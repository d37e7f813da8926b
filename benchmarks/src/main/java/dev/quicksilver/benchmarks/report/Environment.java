package dev.quicksilver.benchmarks.report;

import dev.quicksilver.benchmarks.support.DriverSettings;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where and with what a run happened: machine, JDK, library versions, PostgreSQL server, date, load. Immutable.
 *
 * @param date when the run started (UTC, ISO-8601)
 * @param machine cores, memory, CPU, operating system
 * @param jdk the JVM running the benchmarks
 * @param versions Quicksilver and its peers, by name
 * @param loadBefore the system load average when the run started
 * @param loadAfter the system load average when it ended
 * @param minutes how long it took
 */
record Environment(String date, String machine, String jdk, Map<String, String> versions, double loadBefore,
                   double loadAfter, double minutes) {

    /** @return the system load average over the last minute, NaN where unknown */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Describes this machine and the libraries on the class path.
     *
     * @param date when the run started
     * @param loadBefore load average then
     * @param minutes how long the run took
     * @return the environment
     */
    static Environment detect(String date, double loadBefore, double minutes) {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                + Format.number(memory / (1024.0 * 1024 * 1024), 1) + " GB memory, " + cpu() + ", "
                + osRelease() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
                + System.getProperty("os.arch") + ")";
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("Quicksilver", System.getProperty("quicksilver.version", "unknown"));
        versions.put("PostgreSQL server", postgresVersion());
        versions.put("r2dbc-postgresql", maven("org.postgresql", "r2dbc-postgresql"));
        versions.put("r2dbc-pool", maven("io.r2dbc", "r2dbc-pool"));
        versions.put("r2dbc-h2", maven("io.r2dbc", "r2dbc-h2"));
        versions.put("H2", manifest(org.h2.Driver.class));
        versions.put("Spring Data R2DBC", manifest(org.springframework.data.r2dbc.core.R2dbcEntityTemplate.class));
        versions.put("pgjdbc", manifest(org.postgresql.Driver.class));
        versions.put("HikariCP", maven("com.zaxxer", "HikariCP"));
        versions.put("Reactor Core", manifest(reactor.core.publisher.Flux.class));
        versions.put("JMH", maven("org.openjdk.jmh", "jmh-core"));
        return new Environment(date, machine, jdk, versions, loadBefore, load(), minutes);
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("CPU unknown");
        } catch (IOException | RuntimeException e) {
            return "CPU unknown";
        }
    }

    private static String osRelease() {
        try {
            return Files.readAllLines(Path.of("/etc/os-release")).stream().filter(line -> line.startsWith("PRETTY_NAME="))
                    .findFirst().map(line -> line.substring(line.indexOf('=') + 1).replace("\"", "")).orElse("");
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.name");
        }
    }

    private static String postgresVersion() {
        String url = DriverSettings.POSTGRESQL.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(url);
             ResultSet version = connection.createStatement().executeQuery("SHOW server_version")) {
            return version.next() ? version.getString(1) : "unknown";
        } catch (SQLException e) {
            return "unreachable (" + e.getMessage() + ")";
        }
    }

    private static String maven(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Environment.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String manifest(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
