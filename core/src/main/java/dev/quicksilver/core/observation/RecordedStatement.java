package dev.quicksilver.core.observation;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One statement captured by a {@link StatementRecorder}.
 *
 * @param sql the SQL text as sent
 * @param operation the leading keyword ({@code SELECT}, …)
 * @param table the first table named, or {@code null}
 * @param parameters the bound values when the database exposes them, else empty
 * @param outcome how it ended
 * @param rows rows emitted or updated
 * @param elapsed how long it ran
 */
public record RecordedStatement(String sql, String operation, @Nullable String table, List<@Nullable Object> parameters,
                                StatementOutcome outcome, long rows, Duration elapsed) {
}
