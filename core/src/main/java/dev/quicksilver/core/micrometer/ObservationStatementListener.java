package dev.quicksilver.core.micrometer;

import dev.quicksilver.core.observation.StatementInfo;
import dev.quicksilver.core.observation.StatementListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import reactor.util.context.ContextView;

/** Records each statement as a Micrometer {@link Observation}. */
final class ObservationStatementListener implements StatementListener {

    /** Where Micrometer's context propagation keeps the current observation in a Reactor Context. */
    private static final String PARENT_KEY = "micrometer.observation";

    private final ObservationRegistry registry;

    ObservationStatementListener(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Execution started(StatementInfo statement, ContextView context) {
        if (registry.isNoop()) {
            return Execution.NONE;
        }
        String table = statement.table() == null ? "unknown" : statement.table().toLowerCase(Locale.ROOT);
        Observation observation = Observation.createNotStarted(QuicksilverObservations.OBSERVATION_NAME, registry)
                .contextualName(statement.operation().toLowerCase(Locale.ROOT) + " " + table)
                .lowCardinalityKeyValue("db.system", statement.dialect().toLowerCase(Locale.ROOT))
                .lowCardinalityKeyValue("db.name", statement.databaseName())
                .lowCardinalityKeyValue("db.operation", statement.operation())
                .lowCardinalityKeyValue("db.table", table)
                .highCardinalityKeyValue("db.statement", statement.sql());
        if (!statement.parameters().isEmpty()) {
            observation.highCardinalityKeyValue("db.parameters", statement.parameters().toString());
        }
        Object parent = context.getOrDefault(PARENT_KEY, null);
        if (parent instanceof Observation parentObservation) {
            observation.parentObservation(parentObservation);
        }
        observation.start();
        return (outcome, rows, elapsedNanos, error) -> {
            observation.lowCardinalityKeyValue("outcome", outcome.name().toLowerCase(Locale.ROOT));
            observation.highCardinalityKeyValue("db.rows", Long.toString(rows));
            if (error != null) {
                observation.error(error);
            }
            observation.stop();
        };
    }
}
