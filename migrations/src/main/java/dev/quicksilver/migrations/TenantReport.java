package dev.quicksilver.migrations;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one tenant's migration went: its report when it succeeded, its error when it failed (the other
 * tenants are not affected either way).
 *
 * @param tenant the tenant's name
 * @param report what the run applied; {@code null} when it failed
 * @param error why it failed; {@code null} when it succeeded
 * @param elapsed how long the tenant's run took
 */
public record TenantReport(String tenant, @Nullable MigrationReport report, @Nullable Throwable error,
                           Duration elapsed) {

    /** Checks that exactly one of report and error is given. */
    public TenantReport {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(elapsed, "elapsed");
        if ((report == null) == (error == null)) {
            throw new IllegalArgumentException("A tenant report has either a report or an error");
        }
    }

    /** Whether the tenant's migrations were applied. */
    public boolean succeeded() {
        return report != null;
    }
}
