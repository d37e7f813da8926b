package dev.quicksilver.core.micrometer;

import dev.quicksilver.core.observation.StatementListener;
import io.micrometer.observation.ObservationRegistry;

/**
 * Statement observations for Micrometer. Each statement becomes one {@code Observation} named
 * {@value #OBSERVATION_NAME} (a timer and, with a tracer, a span) with low-cardinality keys
 * {@code db.system}, {@code db.name}, {@code db.operation}, {@code db.table} and {@code outcome},
 * and the high-cardinality {@code db.statement} (the SQL) plus {@code db.parameters} when the
 * database's options expose parameters. A parent observation in the Reactor Context (as WebFlux
 * puts there) becomes the statement's parent.
 *
 * <pre>{@code
 * Database db = Database.connect(url, DatabaseOptions.builder()
 *     .listener(QuicksilverObservations.listener(observationRegistry)).build());
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class QuicksilverObservations {

    /** The observation name of a statement. */
    public static final String OBSERVATION_NAME = "quicksilver.statement";

    private QuicksilverObservations() {
    }

    /**
     * A listener that records statements on a registry.
     *
     * @param registry the observation registry
     * @return the listener, to add to {@code DatabaseOptions}
     */
    public static StatementListener listener(ObservationRegistry registry) {
        return new ObservationStatementListener(registry);
    }
}
