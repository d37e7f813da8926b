package dev.quicksilver.benchmarks.support;

/**
 * Who runs a benchmark method: Quicksilver or one of its baselines, read from the method's name
 * ({@code filtered1000SpringData} is Spring Data's). The pool of the peer being measured is opened at its
 * full size before the trial; the others open small, for the correctness check only.
 */
public enum Peer {

    /** Quicksilver at its defaults. */
    QUICKSILVER("Quicksilver"),
    /** Hand-written code on the R2DBC SPI: the floor for overhead. */
    RAW("Raw"),
    /** Spring Data R2DBC repositories: the incumbent. */
    SPRING_DATA("SpringData"),
    /** JDBC on HikariCP: the blocking reference. */
    JDBC("Jdbc");

    private final String marker;

    Peer(String marker) {
        this.marker = marker;
    }

    /**
     * The peer a benchmark method measures.
     *
     * @param benchmark the method's name, or JMH's full name of it
     * @return the peer whose marker the name contains, Quicksilver when none does
     */
    public static Peer measuredBy(String benchmark) {
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        for (Peer peer : new Peer[] {SPRING_DATA, JDBC, RAW}) {
            if (method.contains(peer.marker)) {
                return peer;
            }
        }
        return QUICKSILVER;
    }
}
